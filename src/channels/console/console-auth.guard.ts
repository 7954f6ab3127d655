import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, DOMAIN_ERROR_CODES } from '../../common/domain-error';
import { ConsoleAuth } from './console-auth.service';

export const CONSOLE_DISABLED_MESSAGE = '坐席工作台未启用：服务未设置访问令牌 CONSOLE_TOKEN';

/**
 * Console APIs: 404 while the console is not enabled, 401 without a valid session or bearer token;
 * 503 when a session cookie cannot be checked because the shared store is down (never let through).
 */
@Injectable()
export class ConsoleAuthGuard implements CanActivate {
  constructor(private readonly auth: ConsoleAuth) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const access = await this.auth.access({ authorization: req.headers.authorization, cookie: req.headers.cookie });
    if (access === 'disabled') throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, CONSOLE_DISABLED_MESSAGE);
    if (access === 'denied') {
      throw new DomainError(DOMAIN_ERROR_CODES.UNAUTHORIZED, '需要坐席工作台登录，或在请求头提供 Authorization: Bearer <令牌>');
    }
    return true;
  }
}
