import { AsyncLocalStorage } from 'node:async_hooks';

/** The request being served, so log lines written deep inside a service carry its request id. */
export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** An incoming `x-request-id` (from the load balancer or a client) is kept when it is a plain token. */
export function acceptedRequestId(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : undefined;
}
