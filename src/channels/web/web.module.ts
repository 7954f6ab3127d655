import { Module } from '@nestjs/common';
import { RecordsModule } from '../../records/records.module';
import { FeedbackController } from './feedback.controller';
import { WebPageController } from './web-page.controller';

/** The public chat page for the district website and the feedback it sends. */
@Module({
  imports: [RecordsModule],
  controllers: [WebPageController, FeedbackController],
})
export class WebModule {}
