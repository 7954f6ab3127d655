import { Controller, Get, Logger, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { DomainError, DOMAIN_ERROR_CODES } from '../../common/domain-error';
import { consolePageHeaders } from '../web/security-headers';
import { StaticAssets } from '../web/static-assets';
import { ConsoleAuthGuard } from './console-auth.guard';
import { ConsoleLoginLimiter } from './console-login-limiter';
import { CONSOLE_COOKIE, CONSOLE_SESSION_SECONDS, ConsoleAccess, ConsoleAuth, readCookie } from './console-auth.service';
import { disabledPage, loginPage } from './console-pages';
import { readFormField } from './read-form';
import { z } from 'zod';
import { ApiDoc } from '../../common/api-doc.decorator';
import { errorResponse } from '../api/openapi/response.schemas';

/** Seconds after which a login refused for an unavailable store may be tried again. */
const UNAVAILABLE_RETRY_SECONDS = 30;

/** Documents the login form; the handler reads the one field itself (read-form.ts, size-limited). */
const loginFormDoc = z.object({ token: z.string().describe('坐席令牌 CONSOLE_TOKEN') });

/** The staff console page: a login form until a session cookie exists, then the console itself. */
@Controller('console')
export class ConsolePageController {
  private readonly assets = new StaticAssets(join(__dirname, 'assets'));
  private readonly headers = consolePageHeaders();
  private readonly logger = new Logger('ConsoleLogin');

  constructor(
    private readonly auth: ConsoleAuth,
    private readonly limiter: ConsoleLoginLimiter,
  ) {}

  @Get()
  @ApiDoc({
    tag: '页面',
    summary: '坐席工作台（12345 热线坐席）：未登录时为令牌输入页',
    responses: {
      200: { description: '工作台或登录页', contentType: 'text/html' },
      404: { description: '未设置 CONSOLE_TOKEN：说明页', contentType: 'text/html' },
      503: { description: '共享存储不可用，无法核对会话：登录页附中文提示', contentType: 'text/html' },
    },
  })
  async page(@Req() req: Request, @Res() res: Response): Promise<void> {
    let access: ConsoleAccess;
    try {
      access = await this.auth.access({ cookie: req.headers.cookie });
    } catch (e) {
      this.unavailable(res, e);
      return;
    }
    if (access === 'disabled') {
      this.sendPage(res, 404, disabledPage());
    } else if (access === 'granted') {
      this.assets.send(req, res, 'console.html', this.headers);
    } else {
      this.sendPage(res, 200, loginPage());
    }
  }

  @Post('login')
  @ApiDoc({
    tag: '页面',
    summary: '坐席登录：表单字段 token；成功后设置 12 小时有效的会话 Cookie 并转到 /console',
    body: loginFormDoc,
    bodyType: 'application/x-www-form-urlencoded',
    responses: {
      303: { description: '登录成功，Set-Cookie 后转到 /console' },
      401: { description: '令牌不对：登录页附中文提示', contentType: 'text/html' },
      404: { description: '未设置 CONSOLE_TOKEN', contentType: 'text/html' },
      429: { description: '15 分钟内同一地址尝试超过 10 次：登录页附中文提示，带 Retry-After', contentType: 'text/html' },
      503: { description: '共享存储不可用，无法计数或记录会话：登录页附中文提示，带 Retry-After，不检查令牌', contentType: 'text/html' },
    },
  })
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.auth.enabled) {
      this.sendPage(res, 404, disabledPage());
      return;
    }
    const address = req.ip ?? 'unknown';
    const attempt = await this.limiter.attempt(address);
    if (!attempt.allowed) {
      // Refused before the token is even read: while blocked (or uncounted), a guess learns nothing.
      if ('unavailable' in attempt) {
        this.unavailable(res);
      } else {
        res.set('Retry-After', String(Math.ceil(attempt.waitMs / 1000)));
        this.sendPage(res, 429, loginPage('limited'));
      }
      return;
    }
    if (!this.auth.checkToken(await readFormField(req, 'token'))) {
      this.sendPage(res, 401, loginPage('wrong'));
      return;
    }
    let session: string;
    try {
      session = await this.auth.issueSession();
    } catch (e) {
      this.unavailable(res, e);
      return;
    }
    await this.limiter.succeeded(address);
    res.set(this.headers);
    res.cookie(CONSOLE_COOKIE, session, this.cookieOptions(req, CONSOLE_SESSION_SECONDS * 1000));
    res.redirect(303, '/console');
  }

  @Post('logout')
  @ApiDoc({ tag: '页面', summary: '退出坐席工作台（注销会话，此前的会话 Cookie 随即失效）', responses: { 303: { description: '转到 /console' } } })
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.auth.revokeSession(readCookie(req.headers.cookie, CONSOLE_COOKIE));
    } catch (e) {
      // The browser still forgets the cookie; the session itself lapses with its 12 hours.
      this.logger.error(`退出时注销会话失败：${(e as Error).message}`);
    }
    res.clearCookie(CONSOLE_COOKIE, this.cookieOptions(req));
    res.redirect(303, '/console');
  }

  @Get('assets/:file')
  @ApiDoc({
    tag: '页面',
    summary: '坐席工作台的样式与脚本（需登录）',
    auth: 'console',
    responses: { 200: { description: '文件', contentType: 'application/octet-stream' }, 401: { description: '未登录', schema: errorResponse }, 404: { description: '文件不存在或未启用', schema: errorResponse } },
  })
  @UseGuards(ConsoleAuthGuard)
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    if (!this.assets.send(req, res, file, this.headers)) throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, '文件不存在');
  }

  /** The small pages shown before a session exists (console-pages.ts), with the console's headers. */
  private sendPage(res: Response, status: number, html: string): void {
    res.status(status).set(this.headers).type('html').send(html);
  }

  /** The shared store is down: sessions can be neither counted, issued nor checked. */
  private unavailable(res: Response, error?: unknown): void {
    if (error) this.logger.warn(`坐席会话无法核对或记录：${(error as Error).message}`);
    res.set('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
    this.sendPage(res, 503, loginPage('unavailable'));
  }

  private cookieOptions(req: Request, maxAge?: number) {
    const https = this.auth.alwaysSecureCookie || req.secure || req.headers['x-forwarded-proto'] === 'https';
    return { httpOnly: true, sameSite: 'strict' as const, secure: https, path: '/', ...(maxAge ? { maxAge } : {}) };
  }
}
