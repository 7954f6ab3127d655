import { Body, Controller, HttpCode, Logger, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { chatRequestSchema } from '../../chat/chat.schema';
import { ChatService } from '../../chat/chat.service';
import { ApiDoc } from '../../common/api-doc.decorator';
import { answerChat, CHAT_DESCRIPTION, CHAT_SUMMARY, STREAM_DESCRIPTION, STREAM_SUMMARY, streamChat } from '../api/chat.controller';
import { chatResponse, errorResponse } from '../api/openapi/response.schemas';
import { ConsoleAuthGuard } from './console-auth.guard';

const CONSOLE_ERRORS = {
  401: { description: '未登录且未提供令牌（UNAUTHORIZED）', schema: errorResponse },
  404: { description: '坐席工作台未启用：未设置 CONSOLE_TOKEN（NOT_FOUND）', schema: errorResponse },
};

/**
 * The console's chat: the same turn as /api/chat, recorded as the console's. The channel comes from this
 * route, which only staff can reach, never from anything the client says.
 */
@Controller('api/console/chat')
@UseGuards(ConsoleAuthGuard)
export class ConsoleChatController {
  private readonly logger = new Logger(ConsoleChatController.name);

  constructor(private readonly chat: ChatService) {}

  @Post()
  @HttpCode(200)
  @ApiDoc({
    tag: '坐席',
    summary: `坐席工作台的智能问答：${CHAT_SUMMARY}（记为坐席渠道）`,
    description: `请求与响应同 POST /api/chat。${CHAT_DESCRIPTION}`,
    body: chatRequestSchema,
    auth: 'console',
    responses: { 200: { description: '答复', schema: chatResponse }, ...CONSOLE_ERRORS },
  })
  async ask(@Body() body: unknown, @Req() req: Request) {
    return answerChat(this.chat, body, req, 'console');
  }

  @Post('stream')
  @ApiDoc({
    tag: '坐席',
    summary: `坐席工作台的智能问答，${STREAM_SUMMARY}`,
    description: `请求与事件同 POST /api/chat/stream。${STREAM_DESCRIPTION}`,
    body: chatRequestSchema,
    auth: 'console',
    responses: { 200: { description: '事件流：delta*、replace?、done | error', contentType: 'text/event-stream' }, ...CONSOLE_ERRORS },
  })
  async stream(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    await streamChat(this.chat, body, req, res, 'console', this.logger);
  }
}
