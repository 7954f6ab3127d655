import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DomainErrorFilter } from './domain-error.filter';

export const JSON_BODY_LIMIT = '64kb';

/** HTTP settings shared by main.ts and the end-to-end tests, so tests run what production runs. */
export function configureHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  express.disable('x-powered-by');
  app.useGlobalFilters(new DomainErrorFilter());
}
