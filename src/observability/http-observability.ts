import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { cleanJsonBody, cleanQueryParser } from './limits/input-hygiene';
import { RECEIVE_TIMEOUT_MS, receiveTimeoutMiddleware, requestTimeoutMiddleware } from './limits/request-timeout';
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
 * A hop count (or `true`) believes whatever X-Forwarded-For says, which is safe only when clients cannot
 * reach this port except through the proxy. Listening on every interface, they may: say so at start-up.
 */
export function trustProxyWarning(settings: Pick<Settings, 'TRUST_PROXY' | 'HOST'>): string | undefined {
  const trust = trustProxyValue(settings.TRUST_PROXY);
  const everywhere = settings.HOST === '0.0.0.0' || settings.HOST === '::';
  if (!everywhere || !(typeof trust === 'number' || trust === true)) return undefined;
  return (
    `TRUST_PROXY=${settings.TRUST_PROXY} 会相信请求头 X-Forwarded-For 中的客户端地址，而服务监听所有网卡（HOST=${settings.HOST}）：` +
    '若客户端能绕过代理直接访问本端口，就能伪造地址、绕过限流。请改为填写代理的地址或网段（如 TRUST_PROXY=10.0.0.2），或让服务只监听内网地址'
  );
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
  const warning = trustProxyWarning(settings);
  if (warning) logger.warn(warning);
  express.set('query parser', cleanQueryParser);

  const httpLogger = createHttpLogger(logger);
  express.use((req: Request, res: Response, next: NextFunction) => {
    httpLogger(req, res);
    closeWhenDraining(res, drain);
    requestContext.run({ requestId: String(req.id) }, next);
  });
  express.use(httpMetricsMiddleware(metrics));
  express.use(requestTimeoutMiddleware(settings.REQUEST_TIMEOUT_MS));
  // Well inside the processing deadline, so a slow sender gets 408, not the 503 meant for slow work.
  express.use(receiveTimeoutMiddleware(Math.min(RECEIVE_TIMEOUT_MS, settings.REQUEST_TIMEOUT_MS / 2)));
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
