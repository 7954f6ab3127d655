import type { NextFunction, Request, Response } from 'express';

export const TIMEOUT_MESSAGE = '处理超时，请稍后再试；如问题较复杂，可拆成几个小问题分别提问';
export const RECEIVE_TIMEOUT_MESSAGE = '请求内容接收超时，请检查网络后重试';

/** Longest a client may take to send its request body (at most 64 KB of JSON: 4 KB/s, ample on a poor mobile line). */
export const RECEIVE_TIMEOUT_MS = 15_000;

const timers = new WeakMap<Response, () => void>();

/**
 * Takes a request out of this timeout, for a route with its own, shorter deadline and its own reply when
 * it passes (POST /wechat answers `success` — WeChat must never get this JSON). The socket-level
 * limits (configureServerTimeouts) still apply to the request body.
 */
export function exemptFromRequestTimeout(res: Response): void {
  timers.get(res)?.();
}

/**
 * No request holds a connection longer than REQUEST_TIMEOUT_MS: past it the caller gets a Chinese 503
 * (`TIMEOUT`), whatever stage the request is in (body, guards, handler). The work itself is not
 * cancelled here; its late response is discarded. In LLM mode a turn is bounded by LLM_TURN_TIMEOUT_MS
 * (an abort signal that also ends a model request in flight), which the settings require to be below
 * REQUEST_TIMEOUT_MS, so a slow model ends in the offline answer rather than in this 503.
 * A middleware rather than an interceptor: one timer per request, none of rxjs's per-request machinery.
 */
export function requestTimeoutMiddleware(timeoutMs: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (res.headersSent || res.writableEnded) return;
      res.status(503).setHeader('connection', 'close');
      res.json({ error: { code: 'TIMEOUT', message: TIMEOUT_MESSAGE } });
    }, timeoutMs);
    const clear = () => clearTimeout(timer);
    timers.set(res, clear);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}

/**
 * The body must arrive within RECEIVE_TIMEOUT_MS (or half REQUEST_TIMEOUT_MS if shorter): a client sending it
 * slowly gets 408 and the connection is closed. Without this the processing deadline answered 503 at
 * REQUEST_TIMEOUT_MS and logged the client's slowness as a server error. Node's own socket timeouts
 * (configureServerTimeouts) stay as the backstop; they are checked only every 30 s.
 */
export function receiveTimeoutMiddleware(timeoutMs: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.complete) return next();
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent || res.writableEnded) return;
      res.status(408).setHeader('connection', 'close');
      res.json({ error: { code: 'REQUEST_TIMEOUT', message: RECEIVE_TIMEOUT_MESSAGE } });
    }, timeoutMs);
    const clear = () => clearTimeout(timer);
    req.once('end', clear);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
