import { INestApplication } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { AppModule } from '../src/app.module';
import { configureHttp } from '../src/channels/api/configure-http';
import { SETTINGS } from '../src/config/config.module';
import { loadSettings } from '../src/config/settings';

export interface CreateAppOptions {
  /** Environment variables for this app only (merged over process.env), validated like at start-up. */
  env?: Record<string, string | undefined>;
  /** Replace providers with fakes, e.g. `(b) => b.overrideProvider(X).useValue(fake)`. */
  override?: (builder: TestingModuleBuilder) => TestingModuleBuilder;
}

/** The real AppModule with the HTTP set-up main.ts uses, for supertest. */
export async function createApp(options: CreateAppOptions = {}): Promise<INestApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (options.env) builder = builder.overrideProvider(SETTINGS).useValue(loadSettings({ ...process.env, ...options.env }));
  if (options.override) builder = options.override(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  configureHttp(app);
  await app.init();
  return app;
}
