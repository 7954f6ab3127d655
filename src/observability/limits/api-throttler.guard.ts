import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerRequest } from '@nestjs/throttler';
import type { Request } from 'express';
import { rateLimitedError } from '../../common/state/rate-limiter';

/** Chat turns (public and the console's) are the expensive requests (and the LLM mode's cost): they get their own, lower limit. */
export function isChatPath(path: string): boolean {
  return /^\/api\/(?:console\/)?chat(?:\/|$)/.test(path);
}

/**
 * The route the request matched (`/api/chat`), not the path as typed: Express matches routes without
 * regard to letter case, so `/API/CHAT` reaches the chat handler and must count as a chat.
 */
export function routeOf(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  return typeof pattern === 'string' ? pattern : req.path.toLowerCase();
}

/** Only the JSON API is limited per address; WeChat (Tencent's servers) is limited per openid instead. */
function isLimitedPath(path: string): boolean {
  return path.startsWith('/api/') && !path.startsWith('/api/health');
}

/**
 * Per-address limits on /api/*: `chat` for /api/chat*, `api` for everything else. The address is the
 * client's as Express sees it (TRUST_PROXY decides whether X-Forwarded-For counts). Over the limit:
 * 429 with a Chinese message and Retry-After.
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  private readonly log = new Logger('RateLimit');

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    return !isLimitedPath(routeOf(context.switchToHttp().getRequest<Request>()));
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    const chat = isChatPath(routeOf(props.context.switchToHttp().getRequest<Request>()));
    if (props.limit <= 0 || (props.throttler.name === 'chat') !== chat) return true;
    try {
      return await super.handleRequest(props);
    } catch (e) {
      if ((e as { code?: string }).code === 'RATE_LIMITED') throw e;
      // The limiter's store is down: let the request through; whatever needs the store reports it.
      this.log.warn(`限流计数失败，本次放行：${(e as Error).message}`);
      return true;
    }
  }

  /** One counter per address and limit, shared by every route under that limit. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw rateLimitedError(detail.timeToBlockExpire * 1000);
  }
}
