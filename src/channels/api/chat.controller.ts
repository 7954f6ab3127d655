import { Body, Controller, Headers, HttpCode, Logger, Post, Res } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import type { Response } from 'express';
import { chatRequestSchema } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { parseInput } from '../../common/zod-input';
import type { ChatChannel } from '../../chat/records/turn-log.port';

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
  async ask(@Body() body: unknown, @Headers('x-chat-channel') channel?: string) {
    return this.chat.chat(parseInput(chatRequestSchema, body, '请求'), { channel: channelOf(channel) });
  }

  /**
   * Server-Sent Events: `delta` events with pieces of the answer as it is produced, `replace` when text
   * already streamed must be discarded (a model answer that failed the grounding check), then `done` with
   * the full response, whose `answer` is authoritative; `error` if the turn fails after the stream began.
   */
  @Post('stream')
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
