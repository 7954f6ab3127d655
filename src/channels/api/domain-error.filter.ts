import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorCode } from '../../common/domain-error';

const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  VALIDATION: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CLAUSE_NOT_FOUND: HttpStatus.NOT_FOUND,
  RULE_NOT_FOUND: HttpStatus.NOT_FOUND,
  UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  TIMEOUT: HttpStatus.SERVICE_UNAVAILABLE,
  UNAUTHORIZED: HttpStatus.UNAUTHORIZED,
};

/** Messages for errors raised by the framework or Express rather than by our code. */
function httpMessage(status: number, type: string | undefined): { code: string; message: string } {
  if (status === 413 || type === 'entity.too.large') return { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' };
  if (status === 404) return { code: 'NOT_FOUND', message: '接口不存在，请检查请求地址' };
  if (status === 405) return { code: 'METHOD_NOT_ALLOWED', message: '不支持该请求方法' };
  if (status === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', message: '请求格式不受支持，请使用 application/json' };
  if (status === 400) return { code: 'BAD_REQUEST', message: '请求格式错误，请发送合法的 JSON（UTF-8）' };
  if (status === 429) return { code: 'TOO_MANY_REQUESTS', message: '请求过于频繁，请稍后再试' };
  return { code: 'HTTP_ERROR', message: '请求未能处理，请稍后再试' };
}

/** The status of an http-errors client error (`expose` is set only on 4xx errors meant for the client). */
function clientErrorStatus(exception: unknown): number | undefined {
  const e = exception as { status?: unknown; expose?: unknown } | null;
  return e && typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true ? e.status : undefined;
}

/** Maps every error to `{ error: { code, message } }` with a Chinese message; never leaks internals. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (exception instanceof DomainError) {
      const status = STATUS_BY_CODE[exception.code];
      const details = exception.details.length ? { details: exception.details } : {};
      res.status(status).json({ error: { code: exception.code, message: exception.message, ...details } });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      res.status(status).json({ error: httpMessage(status, (exception.cause as { type?: string } | undefined)?.type) });
      return;
    }
    const clientStatus = clientErrorStatus(exception);
    if (clientStatus) {
      // Express's body parser rejects with http-errors (413 too large, 415 charset, 400 aborted) that Nest
      // passes through unmapped: they are the client's mistake, not a 500.
      res.status(clientStatus).json({ error: httpMessage(clientStatus, (exception as { type?: string }).type) });
      return;
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    res.status(500).json({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } });
  }
}
