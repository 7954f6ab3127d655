import { Module } from '@nestjs/common';
import { CorpusModule } from '../../corpus/corpus.module';
import { RetrievalModule } from '../../retrieval/retrieval.module';
import { ClausesController } from './clauses.controller';
import { HealthController } from './health.controller';

@Module({
  imports: [CorpusModule, RetrievalModule],
  controllers: [HealthController, ClausesController],
})
export class ApiModule {}
