import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { installBodyHygiene, installHttpObservability } from '../../observability/http-observability';
import { configureWeChatHttp } from '../wechat/wechat-http';
import { DomainErrorFilter } from './domain-error.filter';

export const JSON_BODY_LIMIT = '64kb';

/** HTTP settings shared by main.ts and the end-to-end tests, so tests run what production runs. */
export function configureHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  // Request id, logs, metrics and client address first, so they cover requests the body parser rejects.
  installHttpObservability(app);
  express.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  configureWeChatHttp(app);
  installBodyHygiene(app);
  express.disable('x-powered-by');
  app.useGlobalFilters(new DomainErrorFilter());
}
