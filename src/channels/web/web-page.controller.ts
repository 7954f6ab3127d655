import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { DomainError, DOMAIN_ERROR_CODES } from '../../common/domain-error';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { publicPageHeaders } from './security-headers';
import { StaticAssets } from './static-assets';
import { ApiDoc } from '../../common/api-doc.decorator';
import { errorResponse } from '../api/openapi/response.schemas';

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
  @ApiDoc({ tag: '页面', summary: '网页咨询页（手机优先；?embed=1 用于 iframe 嵌入，?q=问题 打开即提问）', responses: { 200: { description: '网页', contentType: 'text/html' } } })
  page(@Req() req: Request, @Res() res: Response): void {
    this.assets.send(req, res, 'index.html', this.headers);
  }

  /** Runs on the portal's pages, so it may be loaded from any origin and cached for a while. */
  @Get('embed.js')
  @ApiDoc({ tag: '页面', summary: '门户悬浮按钮脚本（<script src="…/embed.js" defer>）', responses: { 200: { description: '脚本', contentType: 'text/javascript' } } })
  launcher(@Req() req: Request, @Res() res: Response): void {
    this.assets.send(req, res, 'embed.js', { 'cache-control': 'public, max-age=3600', 'cross-origin-resource-policy': 'cross-origin' });
  }

  @Get('assets/web/:file')
  @ApiDoc({
    tag: '页面',
    summary: '网页的样式、脚本与图标',
    responses: { 200: { description: '文件', contentType: 'application/octet-stream' }, 404: { description: '文件不存在', schema: errorResponse } },
  })
  asset(@Param('file') file: string, @Req() req: Request, @Res() res: Response): void {
    if (!this.assets.send(req, res, file, this.headers)) {
      throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, '文件不存在');
    }
  }
}
