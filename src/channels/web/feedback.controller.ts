import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { parseInput } from '../../common/zod-input';
import { feedbackRequestSchema } from '../../records/feedback.schema';
import { FeedbackService } from '../../records/feedback.service';

/** Thumbs up/down on an answer, from the web page and the console. */
@Controller('api/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @HttpCode(204)
  async submit(@Body() body: unknown): Promise<void> {
    await this.feedback.submit(parseInput(feedbackRequestSchema, body ?? {}, '反馈'));
  }
}
