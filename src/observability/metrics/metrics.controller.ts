import { Controller, Get, Headers, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { DOMAIN_ERROR_CODES, DomainError } from '../../common/domain-error';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { MetricsRegistry } from './metrics.registry';
import { ApiDoc } from '../../common/api-doc.decorator';
import { errorResponse } from '../../common/error-response.schema';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Without a token, metrics (routes, versions, traffic) are for this machine only: a loopback peer that
 * no proxy forwarded. A reverse proxy on the same host adds forwarding headers, so it does not count.
 */
function fromThisMachine(req: Request): boolean {
  const peer = req.socket.remoteAddress ?? '';
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  return loopback && !req.headers['x-forwarded-for'] && !req.headers.forwarded && !req.headers['x-real-ip'];
}

/** Prometheus text format. With METRICS_TOKEN set, scrapers send `Authorization: Bearer <token>`. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsRegistry,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  @Get()
  @ApiDoc({
    tag: '运行状态',
    summary: 'Prometheus 指标（文本格式）；设了 METRICS_TOKEN 时需 Authorization: Bearer，未设置时只允许本机直接读取',
    auth: 'metrics',
    responses: { 200: { description: '指标', contentType: 'text/plain' }, 401: { description: '缺少或错误的监控令牌；未设置令牌时来自其他机器或经代理转发（UNAUTHORIZED）', schema: errorResponse } },
  })
  async scrape(@Req() req: Request, @Res() res: Response, @Headers('authorization') authorization?: string): Promise<void> {
    const token = this.settings.METRICS_TOKEN;
    if (token && !sameToken(/^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '', token)) {
      throw new DomainError(DOMAIN_ERROR_CODES.UNAUTHORIZED, '需要监控令牌：请在 Authorization 头中携带 Bearer METRICS_TOKEN');
    }
    if (!token && !fromThisMachine(req)) {
      throw new DomainError(DOMAIN_ERROR_CODES.UNAUTHORIZED, '未设置监控令牌 METRICS_TOKEN 时，只允许本机直接读取指标；远程采集请设置 METRICS_TOKEN');
    }
    res.status(200).type(this.metrics.contentType).send(await this.metrics.text());
  }
}
