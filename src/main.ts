import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureHttp } from './channels/api/configure-http';
import { loadSettings, SettingsError } from './config/settings';

async function bootstrap(): Promise<void> {
  let settings;
  try {
    settings = loadSettings(process.env);
  } catch (e) {
    // Fail fast, before anything else starts, with a message that names the variable.
    console.error(e instanceof SettingsError ? e.message : e);
    process.exit(1);
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false });
  configureHttp(app);
  app.enableShutdownHooks();
  await app.listen(settings.PORT, settings.HOST);
  new Logger('Bootstrap').log(
    `金东区知识产权政策助手已启动：http://${settings.HOST === '0.0.0.0' ? 'localhost' : settings.HOST}:${settings.PORT}（模式 ${settings.LLM_PROVIDER}）`,
  );
}

void bootstrap();
