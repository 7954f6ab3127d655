import { Injectable } from '@nestjs/common';

/**
 * Set when SIGTERM arrives: readiness answers 503 so the load balancer stops sending new requests, and
 * responses ask clients to close their keep-alive connections, while requests in flight finish.
 */
@Injectable()
export class DrainState {
  private started = false;

  get draining(): boolean {
    return this.started;
  }

  start(): void {
    this.started = true;
  }
}
