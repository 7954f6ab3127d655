import type { INestApplication, LoggerService } from '@nestjs/common';
import type { Server } from 'node:http';
import { DrainState } from './drain-state';

export interface GracefulShutdownOptions {
  /** Longest wait for requests in flight; then the remaining connections are cut. */
  graceMs: number;
  logger: LoggerService;
  /** Called with the exit code at the end (process.exit in production). */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/**
 * SIGTERM (or SIGINT): mark the instance as draining (readiness 503), stop accepting connections, let
 * requests in flight finish within the grace period, then run Nest's shutdown hooks (Redis is closed there)
 * and exit 0. A second signal, or a grace period that runs out, ends the process at once with exit 1.
 */
export function installGracefulShutdown(app: INestApplication, options: GracefulShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const server = app.getHttpServer() as Server;
  let stopping = false;

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger.warn?.(`再次收到 ${signal}，立即退出`, 'Shutdown');
      exit(1);
      return;
    }
    stopping = true;
    options.logger.log(`收到 ${signal}：停止接收新请求，等待处理中的请求完成（最多 ${options.graceMs} ms）`, 'Shutdown');
    app.get(DrainState, { strict: false }).start();

    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Node closes idle keep-alive connections on close(); connections busy with a request close after it.
    server.closeIdleConnections?.();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), options.graceMs);
      timer.unref();
    });
    const cut = await Promise.race([closed.then(() => false), timedOut]);
    clearTimeout(timer);
    if (cut) {
      options.logger.warn?.('宽限期已到，仍有请求未完成，强制断开', 'Shutdown');
      server.closeAllConnections?.();
    }
    try {
      await app.close();
    } catch (e) {
      options.logger.error(`关闭时出错：${(e as Error).message}`, undefined, 'Shutdown');
      exit(1);
      return;
    }
    options.logger.log('已安全退出', 'Shutdown');
    exit(cut ? 1 : 0);
  };

  for (const signal of options.signals ?? (['SIGTERM', 'SIGINT'] as NodeJS.Signals[])) {
    process.on(signal, () => void shutdown(signal));
  }
}
