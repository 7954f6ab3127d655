import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { ApiDoc } from '../../common/api-doc.decorator';
import { weChatQuerySchema } from './wechat-query.schema';
import { WeChatHttpReply, WeChatService } from './wechat.service';

function send(res: Response, reply: WeChatHttpReply): void {
  res.status(reply.status).set({ 'content-type': reply.contentType, 'cache-control': 'no-store' }).send(reply.body);
}

/** The server URL configured in the Official Account backend (服务器地址 URL). */
@Controller('wechat')
export class WeChatController {
  constructor(private readonly wechat: WeChatService) {}

  @Get()
  @ApiDoc({
    tag: '微信公众号',
    summary: '服务器地址验证：签名正确时原样返回 echostr',
    query: weChatQuerySchema,
    responses: {
      200: { description: 'echostr', contentType: 'text/plain' },
      401: { description: '签名错误或缺少签名参数', contentType: 'text/plain' },
      403: { description: '时间戳超出允许偏差', contentType: 'text/plain' },
      503: { description: '未设置 WECHAT_TOKEN', contentType: 'text/plain' },
    },
  })
  verify(@Query() query: Record<string, unknown>, @Res() res: Response): void {
    send(res, this.wechat.verifyUrl(weChatQuerySchema.parse(query)));
  }

  @Post()
  @ApiDoc({
    tag: '微信公众号',
    summary: '消息推送（明文或安全模式）：回复被动消息 XML，或 success',
    description: '先验签再读消息；同一 MsgId 的重试得到同一答复；约 4.5 秒内答不完时先回 success，答复经客服消息接口发出。详见 docs/wechat.md。',
    query: weChatQuerySchema,
    body: z.string().describe('微信推送的 XML（安全模式为含 Encrypt 的外层 XML），不超过 32 KB'),
    bodyType: 'text/xml',
    responses: {
      200: { description: '被动回复 XML，或 success', contentType: 'application/xml' },
      401: { description: '签名错误', contentType: 'text/plain' },
      403: { description: '时间戳超出偏差、AppID 不符，或配置了密钥时收到明文消息', contentType: 'text/plain' },
      413: { description: '请求体超过 32 KB', contentType: 'text/plain' },
      503: { description: '未设置 WECHAT_TOKEN', contentType: 'text/plain' },
    },
  })
  async receive(@Query() query: Record<string, unknown>, @Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, await this.wechat.receive(weChatQuerySchema.parse(query), body));
  }
}
