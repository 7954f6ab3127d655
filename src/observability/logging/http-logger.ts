import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { maskPersonalData } from '../../common/personal-data';
import { acceptedRequestId } from './request-context';

const MAX_URL_CHARS = 200;

/** Probes and scrapes every few seconds would drown the log. */
export function isQuietPath(url: string | undefined): boolean {
  return !!url && (url === '/metrics' || url.startsWith('/metrics?') || url.startsWith('/api/health'));
}

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const id = acceptedRequestId(req.headers['x-request-id']) ?? randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

function safeUrl(url: string | undefined): string {
  // The path only: query strings carry what users typed (`/?q=…`, `/api/clauses?q=…`) and WeChat's signed
  // parameters, which whoever reads the log could replay. The path is still masked and kept short.
  const u = (url ?? '').split('?', 1)[0];
  const shown = u.length > MAX_URL_CHARS ? `${u.slice(0, MAX_URL_CHARS)}…` : u;
  try {
    return maskPersonalData(decodeURIComponent(shown));
  } catch {
    return maskPersonalData(shown);
  }
}

/**
 * One line per request: request id, method, masked path, status and duration. Bodies and query strings
 * are never logged; an incoming `x-request-id` is honoured and every response echoes the id.
 */
export function createHttpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestId,
    autoLogging: { ignore: (req) => isQuietPath(req.url) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${safeUrl(req.url)} → ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${safeUrl(req.url)} → ${res.statusCode}`,
    customProps: (req) => ({ clientIp: (req as IncomingMessage & { ip?: string }).ip }),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: safeUrl(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      // No stack: for a 5xx pino-http makes up an Error whose stack only points at itself; real errors are
      // logged with their stack by the error filter where they happen.
      err: (err: { name?: string; message?: string }) => ({ type: err.name ?? 'Error', message: err.message ?? '' }),
    },
  });
}
