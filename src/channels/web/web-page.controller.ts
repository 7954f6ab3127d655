import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { DomainError, DOMAIN_ERROR_CODES } from '../../common/domain-error';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { publicPageHeaders } from './security-headers';
import { StaticAssets } from './static-assets';

export const WEB_ASSETS_DIR = join(__dirname, 'assets');

/** The public chat page `/`, its assets and the launcher script portals include (`/embed.js`). */
@Controller()
export class WebPageController {
  private readonly assets = new StaticAssets(WEB_ASSETS_DIR);
  private readonly headers: Record<string, string>;

  constructor(@Inject(SETTINGS) settings: Settings) {
    this.headers = publicPageHeaders(settings.WEB_FRAME_ANCESTORS);
  }

  @Get()
  page(@Req() req: Request, @Res() res: Response): void {
    this.assets.send(req, res, 'index.html', this.headers);
  }

  /** Runs on the portal's pages, so it may be loaded from any origin and cached for a while. */
  @Get('embed.js')
  launcher(@Req() req: Request, @Res() res: Response): void {
    this.assets.send(req, res, 'embed.js', { 'cache-control': 'public, max-age=3600', 'cross-origin-resource-policy': 'cross-origin' });
  }

  @Get('assets/web/:file')
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    if (!this.assets.send(req, res, file, this.headers)) {
      throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, '文件不存在');
    }
  }
}
