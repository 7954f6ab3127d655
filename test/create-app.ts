import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppModule } from '../src/app.module';
import { configureHttp } from '../src/channels/api/configure-http';

/** The real AppModule with the HTTP set-up main.ts uses, for supertest. */
export async function createApp(): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  configureHttp(app);
  await app.init();
  return app;
}
