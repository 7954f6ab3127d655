import type { Server } from 'node:http';

/**
 * Socket-level limits, against slow clients holding connections open: the whole request (headers and
 * body) must arrive within REQUEST_TIMEOUT_MS, headers within 15 s. Keep-alive outlasts the usual load
 * balancer idle timeout (60 s), so the balancer, not this server, closes idle connections.
 */
export function configureServerTimeouts(server: Server, requestTimeoutMs: number): void {
  server.requestTimeout = requestTimeoutMs;
  server.headersTimeout = Math.min(15_000, requestTimeoutMs);
  server.keepAliveTimeout = 65_000;
}
