import { Module } from '@nestjs/common';
import { ApiModule } from './channels/api/api.module';
import { WeChatModule } from './channels/wechat/wechat.module';
import { ConsoleModule } from './channels/console/console.module';
import { WebModule } from './channels/web/web.module';
import { StateModule } from './common/state/state.module';
import { ConfigModule } from './config/config.module';
import { ObservabilityModule } from './observability/observability.module';
import { VocabularyModule } from './vocabulary.module';

@Module({
  imports: [ConfigModule, VocabularyModule, StateModule, ObservabilityModule, ApiModule, WebModule, ConsoleModule, WeChatModule],
})
export class AppModule {}
