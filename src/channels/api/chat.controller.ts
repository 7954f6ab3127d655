import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { chatRequestSchema } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { parseInput } from '../../common/zod-input';
import type { ChatChannel } from '../../chat/records/turn-log.port';

/** The web page and the console say who they are, so staff can tell where a question came from. */
function channelOf(header: string | undefined): ChatChannel {
  return header === 'web' || header === 'console' ? header : 'api';
}

const STREAM_CHUNK_CHARS = 24;

@Controller('api/chat')
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @Post()
  @HttpCode(200)
  async ask(@Body() body: unknown, @Headers('x-chat-channel') channel?: string) {
    return this.chat.chat(parseInput(chatRequestSchema, body, '请求'), { channel: channelOf(channel) });
  }

  /** Server-Sent Events: `delta` events with pieces of the answer, then `done` with the full response. */
  @Post('stream')
  async stream(@Body() body: unknown, @Res() res: Response, @Headers('x-chat-channel') channel?: string): Promise<void> {
    const request = parseInput(chatRequestSchema, body, '请求');
    const response = await this.chat.chat(request, { channel: channelOf(channel) });
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const chars = [...response.answer];
    for (let i = 0; i < chars.length; i += STREAM_CHUNK_CHARS) {
      res.write(`event: delta\ndata: ${JSON.stringify({ text: chars.slice(i, i + STREAM_CHUNK_CHARS).join('') })}\n\n`);
    }
    res.write(`event: done\ndata: ${JSON.stringify(response)}\n\n`);
    res.end();
  }
}
