import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiDoc } from '../../../common/api-doc.decorator';
import { docsPageHeaders } from '../../web/security-headers';
import { DOCS_STYLE_HASH } from './api-docs-page';
import { OpenApiService } from './openapi.service';

@Controller('api')
export class OpenApiController {
  private readonly headers = docsPageHeaders(DOCS_STYLE_HASH);

  constructor(private readonly openapi: OpenApiService) {}

  @Get('openapi.json')
  @ApiDoc({
    tag: '接口说明',
    summary: '本服务的 OpenAPI 3.1 文档（由各接口校验所用的 zod 模式生成）',
    responses: { 200: { description: 'OpenAPI 3.1 文档', schema: z.record(z.string(), z.unknown()) } },
  })
  document(): Record<string, unknown> {
    return this.openapi.document();
  }

  @Get('docs')
  @ApiDoc({
    tag: '接口说明',
    summary: '可浏览的接口说明页（即本页）',
    responses: { 200: { description: '接口说明网页', contentType: 'text/html' } },
  })
  page(@Res() res: Response): void {
    res.status(200).set(this.headers).type('html').send(this.openapi.page());
  }
}
