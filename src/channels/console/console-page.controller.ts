import { Controller, Get, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { DomainError, DOMAIN_ERROR_CODES } from '../../common/domain-error';
import { consolePageHeaders } from '../web/security-headers';
import { StaticAssets } from '../web/static-assets';
import { ConsoleAuthGuard } from './console-auth.guard';
import { ConsoleLoginLimiter } from './console-login-limiter';
import { CONSOLE_COOKIE, CONSOLE_SESSION_SECONDS, ConsoleAuth } from './console-auth.service';
import { disabledPage, loginPage } from './console-pages';
import { readFormField } from './read-form';

/** The staff console page: a login form until a session cookie exists, then the console itself. */
@Controller('console')
export class ConsolePageController {
  private readonly assets = new StaticAssets(join(__dirname, 'assets'));
  private readonly headers = consolePageHeaders();

  constructor(
    private readonly auth: ConsoleAuth,
    private readonly limiter: ConsoleLoginLimiter,
  ) {}

  @Get()
  page(@Req() req: Request, @Res() res: Response): void {
    const access = this.auth.access({ cookie: req.headers.cookie });
    if (access === 'disabled') {
      this.sendPage(res, 404, disabledPage());
    } else if (access === 'granted') {
      this.assets.send(req, res, 'console.html', this.headers);
    } else {
      this.sendPage(res, 200, loginPage());
    }
  }

  @Post('login')
  async login(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.auth.enabled) {
      this.sendPage(res, 404, disabledPage());
      return;
    }
    const address = req.ip ?? 'unknown';
    const waitMs = await this.limiter.attempt(address);
    if (waitMs > 0) {
      // Refused before the token is even read: while blocked, a guess learns nothing.
      res.set('Retry-After', String(Math.ceil(waitMs / 1000)));
      this.sendPage(res, 429, loginPage('limited'));
      return;
    }
    if (!this.auth.checkToken(await readFormField(req, 'token'))) {
      this.sendPage(res, 401, loginPage('wrong'));
      return;
    }
    await this.limiter.succeeded(address);
    res.set(this.headers);
    res.cookie(CONSOLE_COOKIE, this.auth.issueSession(), this.cookieOptions(req, CONSOLE_SESSION_SECONDS * 1000));
    res.redirect(303, '/console');
  }

  @Post('logout')
  logout(@Req() req: Request, @Res() res: Response): void {
    res.clearCookie(CONSOLE_COOKIE, this.cookieOptions(req));
    res.redirect(303, '/console');
  }

  @Get('assets/:file')
  @UseGuards(ConsoleAuthGuard)
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    if (!this.assets.send(req, res, file, this.headers)) throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, '文件不存在');
  }

  /** The small pages shown before a session exists (console-pages.ts), with the console's headers. */
  private sendPage(res: Response, status: number, html: string): void {
    res.status(status).set(this.headers).type('html').send(html);
  }

  private cookieOptions(req: Request, maxAge?: number) {
    const https = req.secure || req.headers['x-forwarded-proto'] === 'https';
    return { httpOnly: true, sameSite: 'strict' as const, secure: https, path: '/', ...(maxAge ? { maxAge } : {}) };
  }
}
