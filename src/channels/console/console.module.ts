import { Module } from '@nestjs/common';
import { ChatModule } from '../../chat/chat.module';
import { CorpusModule } from '../../corpus/corpus.module';
import { RecordsModule } from '../../records/records.module';
import { ConsoleApiController } from './console-api.controller';
import { ConsoleAuthGuard } from './console-auth.guard';
import { ConsoleChatController } from './console-chat.controller';
import { ConsoleAuth } from './console-auth.service';
import { ConsoleLoginLimiter } from './console-login-limiter';
import { ConsolePageController } from './console-page.controller';

/** The hotline staff console (`/console`) and its protected APIs (`/api/console/*`), behind CONSOLE_TOKEN. */
@Module({
  imports: [CorpusModule, RecordsModule, ChatModule],
  controllers: [ConsolePageController, ConsoleApiController, ConsoleChatController],
  providers: [ConsoleAuth, ConsoleAuthGuard, ConsoleLoginLimiter],
})
export class ConsoleModule {}
