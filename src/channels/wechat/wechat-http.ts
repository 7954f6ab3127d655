import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { exemptFromRequestTimeout } from '../../observability/limits/request-timeout';

/** WeChat messages are a few KB (a 2000-character question, Base64-encrypted, stays under 12 KB). */
export const WECHAT_XML_BODY_LIMIT = '32kb';

/** body-parser's failures carry an HTTP status (413 too large, 400 bad encoding …) and a `type`. */
function bodyParserStatus(error: unknown): number | undefined {
  const e = error as { status?: unknown; type?: unknown } | null;
  return e && typeof e.status === 'number' && typeof e.type === 'string' && e.status >= 400 && e.status < 500 ? e.status : undefined;
}

/**
 * WeChat posts raw XML: Express hands `text/xml` and `application/xml` bodies over as a string. A body
 * over the limit is refused with 413 before any handler (or signature check) runs. The generic
 * REQUEST_TIMEOUT_MS (a JSON 503) does not apply: WeChat must get XML or `success`, and the service
 * keeps its own, shorter deadline (WECHAT_REPLY_DEADLINE_MS), after which it replies and goes on alone.
 */
export function configureWeChatHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.use('/wechat', (_req: Request, res: Response, next: NextFunction) => {
    exemptFromRequestTimeout(res);
    next();
  });
  express.useBodyParser('text', { type: ['text/xml', 'application/xml'], limit: WECHAT_XML_BODY_LIMIT });
  express.use('/wechat', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const status = bodyParserStatus(error);
    if (status === undefined || res.headersSent) return next(error);
    res
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(status === 413 ? `请求内容过大（上限 ${WECHAT_XML_BODY_LIMIT}）` : '请求体无法读取');
  });
}
