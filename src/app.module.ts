import { Module } from '@nestjs/common';
import { ApiModule } from './channels/api/api.module';
import { StateModule } from './common/state/state.module';
import { ConfigModule } from './config/config.module';

@Module({
  imports: [ConfigModule, StateModule, ApiModule],
})
export class AppModule {}
