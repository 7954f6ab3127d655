import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { WeChatQuery } from './wechat-envelope';
import { WeChatHttpReply, WeChatService } from './wechat.service';

/** Only single string values are WeChat's; anything else (repeated or nested parameters) counts as absent. */
function readQuery(query: Record<string, unknown>): WeChatQuery {
  const pick = (name: keyof WeChatQuery) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
  return {
    signature: pick('signature'),
    timestamp: pick('timestamp'),
    nonce: pick('nonce'),
    echostr: pick('echostr'),
    encrypt_type: pick('encrypt_type'),
    msg_signature: pick('msg_signature'),
  };
}

function send(res: Response, reply: WeChatHttpReply): void {
  res.status(reply.status).set({ 'content-type': reply.contentType, 'cache-control': 'no-store' }).send(reply.body);
}

/** The server URL configured in the Official Account backend (服务器地址 URL). */
@Controller('wechat')
export class WeChatController {
  constructor(private readonly wechat: WeChatService) {}

  @Get()
  verify(@Query() query: Record<string, unknown>, @Res() res: Response): void {
    send(res, this.wechat.verifyUrl(readQuery(query)));
  }

  @Post()
  async receive(@Query() query: Record<string, unknown>, @Body() body: unknown, @Res() res: Response): Promise<void> {
    send(res, await this.wechat.receive(readQuery(query), body));
  }
}
