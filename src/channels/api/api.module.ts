import { Module } from '@nestjs/common';
import { CorpusModule } from '../../corpus/corpus.module';
import { HealthController } from './health.controller';

@Module({
  imports: [CorpusModule],
  controllers: [HealthController],
})
export class ApiModule {}
