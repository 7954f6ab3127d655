import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { ApiDoc } from '../../common/api-doc.decorator';
import { weChatQuerySchema } from './wechat-query.schema';
import { WeChatHttpReply, WeChatService } from './wechat.service';

function send(res: Response, reply: WeChatHttpReply): void {
  res.status(reply.status).set({ ...reply.headers, 'content-type': reply.contentType, 'cache-control': 'no-store' }).send(reply.body);
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
      400: { description: '缺少 echostr 或超过 256 个字符', contentType: 'text/plain' },
      401: { description: '签名错误或缺少签名参数', contentType: 'text/plain' },
      403: { description: '时间戳超出允许偏差，或该签名已用于另一条内容（重放）', contentType: 'text/plain' },
      429: { description: '该地址超过 RATE_LIMIT_WECHAT_IP_PER_MINUTE 且签名不符（签名正确的照常应答）；响应头 Retry-After', contentType: 'text/plain' },
      503: { description: '未设置 WECHAT_TOKEN', contentType: 'text/plain' },
    },
  })
  async verify(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(res, await this.wechat.verifyUrl(weChatQuerySchema.parse(query), req.ip));
  }

  @Post()
  @ApiDoc({
    tag: '微信公众号',
    summary: '消息推送（明文或安全模式）：回复被动消息 XML，或 success',
    description:
      '先验签再解析 XML（安全模式只从原文中截取 Encrypt 验 msg_signature）；同一 MsgId 的重试得到同一答复；约 4.5 秒内答不完时先回 success，答复经客服消息接口发出。' +
      '每个地址每分钟超过 RATE_LIMIT_WECHAT_IP_PER_MINUTE 次时，签名正确的推送回 success（不处理），签名不符的回 429。详见 docs/wechat.md。',
    query: weChatQuerySchema,
    body: z.string().describe('微信推送的 XML（安全模式为含 Encrypt 的外层 XML），不超过 32 KB'),
    bodyType: 'text/xml',
    responses: {
      200: { description: '被动回复 XML，或 success', contentType: 'application/xml' },
      401: { description: '签名错误；安全模式下请求体不是恰好一个合法的 Encrypt 也按签名错误处理', contentType: 'text/plain' },
      403: { description: '时间戳超出偏差、AppID 不符、解密失败、配置了密钥时收到明文消息，或明文模式的签名已用于另一条内容（重放）', contentType: 'text/plain' },
      413: { description: '请求体超过 32 KB', contentType: 'text/plain' },
      429: { description: '该地址超过 RATE_LIMIT_WECHAT_IP_PER_MINUTE 且签名不符；响应头 Retry-After', contentType: 'text/plain' },
      503: { description: '未设置 WECHAT_TOKEN', contentType: 'text/plain' },
    },
  })
  async receive(@Query() query: Record<string, unknown>, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    send(res, await this.wechat.receive(weChatQuerySchema.parse(query), body, req.ip));
  }
}
