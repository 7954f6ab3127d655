import { Module } from '@nestjs/common';
import { CorpusModule } from '../../corpus/corpus.module';
import { RecordsModule } from '../../records/records.module';
import { ConsoleApiController } from './console-api.controller';
import { ConsoleAuthGuard } from './console-auth.guard';
import { ConsoleAuth } from './console-auth.service';
import { ConsoleLoginLimiter } from './console-login-limiter';
import { ConsolePageController } from './console-page.controller';

/** The hotline staff console (`/console`) and its protected APIs (`/api/console/*`), behind CONSOLE_TOKEN. */
@Module({
  imports: [CorpusModule, RecordsModule],
  controllers: [ConsolePageController, ConsoleApiController],
  providers: [ConsoleAuth, ConsoleAuthGuard, ConsoleLoginLimiter],
})
export class ConsoleModule {}
