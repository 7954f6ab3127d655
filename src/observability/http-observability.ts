import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { cleanJsonBody, cleanQueryParser } from './limits/input-hygiene';
import { requestTimeoutMiddleware } from './limits/request-timeout';
import { DrainState } from './lifecycle/drain-state';
import { createHttpLogger } from './logging/http-logger';
import { requestContext } from './logging/request-context';
import { ROOT_LOGGER } from './logging/root-logger';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsRegistry } from './metrics/metrics.registry';

/** `TRUST_PROXY` as Express understands it: a hop count, a boolean, or addresses/subnets of the proxies. */
export function trustProxyValue(setting: string | undefined): boolean | number | string {
  if (!setting) return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  if (setting === 'true' || setting === 'false') return setting === 'true';
  return setting;
}

/**
 * What runs before any body parser or route: client address resolution, request id and its log context,
 * request log, latency metrics, the request timeout, keep-alive draining during shutdown, clean query strings.
 */
export function installHttpObservability(app: INestApplication): void {
  const express = app as NestExpressApplication;
  const settings = app.get<Settings>(SETTINGS, { strict: false });
  const metrics = app.get(MetricsRegistry, { strict: false });
  const drain = app.get(DrainState, { strict: false });
  const logger = app.get<Logger>(ROOT_LOGGER, { strict: false });

  express.set('trust proxy', trustProxyValue(settings.TRUST_PROXY));
  express.set('query parser', cleanQueryParser);

  const httpLogger = createHttpLogger(logger);
  express.use((req: Request, res: Response, next: NextFunction) => {
    httpLogger(req, res);
    closeWhenDraining(res, drain);
    requestContext.run({ requestId: String(req.id) }, next);
  });
  express.use(httpMetricsMiddleware(metrics));
  express.use(requestTimeoutMiddleware(settings.REQUEST_TIMEOUT_MS));
  // ETags on JSON answers are never revalidated by our clients; hashing every body is wasted work.
  express.set('etag', false);
}

/**
 * While draining, every response (including those of requests that arrived before SIGTERM) says
 * `Connection: close`, so Node closes the keep-alive connection after it and shutdown need not wait for
 * clients' idle timeouts.
 */
function closeWhenDraining(res: Response, drain: DrainState): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    if (drain.draining && !this.headersSent) this.setHeader('connection', 'close');
    return (writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as typeof res.writeHead;
}

/** After the JSON body parser: invisible characters out of every string the body carries. */
export function installBodyHygiene(app: INestApplication): void {
  app.use(cleanJsonBody);
}
