import { Body, Controller, Headers, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import type { Request, Response } from 'express';
import { chatRequestSchema } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { ChatResponse } from '../../chat/chat.types';
import { parseInput } from '../../common/zod-input';
import type { ChatChannel } from '../../records/turn-log.port';
import { ApiDoc } from '../../common/api-doc.decorator';
import { chatResponse } from './openapi/response.schemas';

/**
 * On the public route the web page says it is the web page, so staff can tell it from other callers. Only a
 * hint between `web` and `api`: `console` comes from the console's own route (ConsoleChatController), which
 * requires a staff login, so nobody can make their questions look like the hotline's.
 */
function channelOf(header: string | undefined): ChatChannel {
  return header === 'web' ? 'web' : 'api';
}

/** The client's address as Express sees it (TRUST_PROXY applied); new sessions count against it. */
export function clientOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** `POST …/chat`: one turn as JSON. Shared by /api/chat and the console's /api/console/chat. */
export function answerChat(chat: ChatService, body: unknown, req: Request, channel: ChatChannel): Promise<ChatResponse> {
  return chat.chat(parseInput(chatRequestSchema, body, '请求'), { channel, client: clientOf(req) });
}

/**
 * Server-Sent Events: `delta` events with pieces of the answer as it is produced, `replace` when text
 * already streamed must be discarded (a model answer that failed the grounding check), then `done` with
 * the full response, whose `answer` is authoritative; `error` if the turn fails after the stream began.
 */
export async function streamChat(chat: ChatService, body: unknown, req: Request, res: Response, channel: ChatChannel, logger: Logger): Promise<void> {
  const request = parseInput(chatRequestSchema, body, '请求');
  res.status(200).set({
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
  const send = (event: string, data: unknown) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  // A client that goes away stops the model call instead of paying for an answer nobody reads.
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableEnded) gone.abort();
  });
  try {
    const response = await chat.chat(request, {
      channel,
      client: clientOf(req),
      signal: gone.signal,
      sink: { delta: (text) => send('delta', { text }), replace: (text) => send('replace', { text }) },
    });
    send('done', response);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const known = error instanceof DomainError;
    send('error', { error: { code: known ? error.code : 'INTERNAL', message: known ? error.message : '服务器内部错误，请稍后再试' } });
  }
  res.end();
}

export const CHAT_SUMMARY = '问一句，得到中文答复、条款引文与测算';
export const CHAT_DESCRIPTION =
  '带上一轮返回的 sessionId 即继续同一会话（2 小时无新消息过期）；sessionId 由服务端签发，未知、已过期或格式不符的编号开始新会话并返回新的 sessionId。' +
  '答复中的每个金额都来自 calculations、totalYuan 或所引条款原文。';
export const STREAM_SUMMARY = '同上，以 Server-Sent Events 流式返回';
export const STREAM_DESCRIPTION =
  '事件依次为：delta（data: {"text": "追加的文字"}）、可能的 replace（data: {"text": "替换已显示的全部文字"}，已推送的文字未通过校验时），' +
  '最后 done（data: 完整的 ChatResponse，其 answer 为准）；开始推送后出错则发 error（data: {"error": {"code", "message"}}）代替 done。\n' +
  '参数错误在推送开始之前返回 400 JSON。';

@Controller('api/chat')
export class ChatController {
  private readonly logger = new Logger(ChatController.name);

  constructor(private readonly chat: ChatService) {}

  @Post()
  @HttpCode(200)
  @ApiDoc({
    tag: '对话',
    summary: CHAT_SUMMARY,
    description: `${CHAT_DESCRIPTION}\n请求头 x-chat-channel: web 标明来自网页（记录用），其他值或不传记为 api；坐席工作台用 POST /api/console/chat。`,
    body: chatRequestSchema,
    responses: { 200: { description: '答复', schema: chatResponse } },
  })
  async ask(@Body() body: unknown, @Req() req: Request, @Headers('x-chat-channel') channel?: string) {
    return answerChat(this.chat, body, req, channelOf(channel));
  }

  @Post('stream')
  @ApiDoc({
    tag: '对话',
    summary: STREAM_SUMMARY,
    description: STREAM_DESCRIPTION,
    body: chatRequestSchema,
    responses: { 200: { description: '事件流：delta*、replace?、done | error', contentType: 'text/event-stream' } },
  })
  async stream(@Body() body: unknown, @Req() req: Request, @Res() res: Response, @Headers('x-chat-channel') channel?: string): Promise<void> {
    await streamChat(this.chat, body, req, res, channelOf(channel), this.logger);
  }
}
