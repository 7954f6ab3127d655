import { Body, Controller, Headers, HttpCode, Logger, Post, Res } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import type { Response } from 'express';
import { chatRequestSchema } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { parseInput } from '../../common/zod-input';
import type { ChatChannel } from '../../chat/records/turn-log.port';
import { ApiDoc } from '../../common/api-doc.decorator';
import { chatResponse } from './openapi/response.schemas';

/** The web page and the console say who they are, so staff can tell where a question came from. */
function channelOf(header: string | undefined): ChatChannel {
  return header === 'web' || header === 'console' ? header : 'api';
}

@Controller('api/chat')
export class ChatController {
  private readonly logger = new Logger(ChatController.name);

  constructor(private readonly chat: ChatService) {}

  @Post()
  @HttpCode(200)
  @ApiDoc({
    tag: '对话',
    summary: '问一句，得到中文答复、条款引文与测算',
    description:
      '带上一轮返回的 sessionId 即继续同一会话（2 小时无新消息过期）。答复中的每个金额都来自 calculations、totalYuan 或所引条款原文。\n' +
      '请求头 x-chat-channel: web | console 标明来源（记录用），不传为 api。',
    body: chatRequestSchema,
    responses: { 200: { description: '答复', schema: chatResponse } },
  })
  async ask(@Body() body: unknown, @Headers('x-chat-channel') channel?: string) {
    return this.chat.chat(parseInput(chatRequestSchema, body, '请求'), { channel: channelOf(channel) });
  }

  /**
   * Server-Sent Events: `delta` events with pieces of the answer as it is produced, `replace` when text
   * already streamed must be discarded (a model answer that failed the grounding check), then `done` with
   * the full response, whose `answer` is authoritative; `error` if the turn fails after the stream began.
   */
  @Post('stream')
  @ApiDoc({
    tag: '对话',
    summary: '同上，以 Server-Sent Events 流式返回',
    description:
      '事件依次为：delta（data: {"text": "追加的文字"}）、可能的 replace（data: {"text": "替换已显示的全部文字"}，已推送的文字未通过校验时），' +
      '最后 done（data: 完整的 ChatResponse，其 answer 为准）；开始推送后出错则发 error（data: {"error": {"code", "message"}}）代替 done。\n' +
      '参数错误在推送开始之前返回 400 JSON。',
    body: chatRequestSchema,
    responses: { 200: { description: '事件流：delta*、replace?、done | error', contentType: 'text/event-stream' } },
  })
  async stream(@Body() body: unknown, @Res() res: Response, @Headers('x-chat-channel') channel?: string): Promise<void> {
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
      const response = await this.chat.chat(request, {
        channel: channelOf(channel),
        signal: gone.signal,
        sink: { delta: (text) => send('delta', { text }), replace: (text) => send('replace', { text }) },
      });
      send('done', response);
    } catch (error) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      const known = error instanceof DomainError;
      send('error', { error: { code: known ? error.code : 'INTERNAL', message: known ? error.message : '服务器内部错误，请稍后再试' } });
    }
    res.end();
  }
}
