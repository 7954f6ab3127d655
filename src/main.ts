import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureHttp } from './channels/api/configure-http';
import { loadSettings, SettingsError } from './config/settings';
import { installGracefulShutdown } from './observability/lifecycle/graceful-shutdown';
import { configureServerTimeouts } from './observability/lifecycle/server-timeouts';
import { PinoNestLogger } from './observability/logging/pino-nest.logger';

async function bootstrap(): Promise<void> {
  let settings;
  try {
    settings = loadSettings(process.env);
  } catch (e) {
    // Fail fast, before anything else starts, with a message that names the variable.
    console.error(e instanceof SettingsError ? e.message : e);
    process.exit(1);
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  const logger = app.get(PinoNestLogger);
  app.useLogger(logger);
  configureHttp(app);
  // SIGTERM: drain (readiness 503), finish requests in flight, close Redis, exit 0 (not enableShutdownHooks,
  // which closes modules before the server stops and exits by re-raising the signal).
  installGracefulShutdown(app, { graceMs: settings.SHUTDOWN_GRACE_MS, logger });
  await app.listen(settings.PORT, settings.HOST);
  configureServerTimeouts(app.getHttpServer(), settings.REQUEST_TIMEOUT_MS);
  new Logger('Bootstrap').log(
    `金东区知识产权政策助手已启动：http://${settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST}:${settings.PORT}（模式 ${settings.LLM_PROVIDER}）`,
  );
}

void bootstrap();
