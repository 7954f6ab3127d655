import { Module } from '@nestjs/common';
import { ChatModule } from '../../chat/chat.module';
import { CorpusModule } from '../../corpus/corpus.module';
import { RetrievalModule } from '../../retrieval/retrieval.module';
import { RulesModule } from '../../rules/rules.module';
import { ChatController } from './chat.controller';
import { ClausesController } from './clauses.controller';
import { HealthController } from './health.controller';
import { RulesController } from './rules.controller';

@Module({
  imports: [CorpusModule, RetrievalModule, ChatModule, RulesModule],
  controllers: [HealthController, ClausesController, ChatController, RulesController],
})
export class ApiModule {}
