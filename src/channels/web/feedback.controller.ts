import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { parseInput } from '../../common/zod-input';
import { feedbackRequestSchema } from '../../records/feedback.schema';
import { FeedbackService } from '../../records/feedback.service';
import { ApiDoc } from '../../common/api-doc.decorator';
import { errorResponse } from '../api/openapi/response.schemas';

/** Thumbs up/down on an answer, from the web page and the console. */
@Controller('api/feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @HttpCode(204)
  @ApiDoc({
    tag: '反馈与记录',
    summary: '对一条答复评价“有帮助/没帮助”，可附意见；同一答复以最后一次为准',
    body: feedbackRequestSchema,
    responses: {
      204: { description: '已记录' },
      404: { description: '该会话中没有这条答复，或已超过可评价期限（答复后 7 天）（NOT_FOUND）', schema: errorResponse },
      503: { description: '评价未能保存：记录目录不可写或当日评价已达上限（UNAVAILABLE）；Redis 不可用（UNAVAILABLE）', schema: errorResponse },
    },
  })
  async submit(@Body() body: unknown): Promise<void> {
    await this.feedback.submit(parseInput(feedbackRequestSchema, body ?? {}, '反馈'));
  }
}
