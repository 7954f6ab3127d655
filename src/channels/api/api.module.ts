import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ChatModule } from '../../chat/chat.module';
import { CorpusModule } from '../../corpus/corpus.module';
import { RecordsModule } from '../../records/records.module';
import { RetrievalModule } from '../../retrieval/retrieval.module';
import { RulesModule } from '../../rules/rules.module';
import { ChatController } from './chat.controller';
import { ClausesController } from './clauses.controller';
import { HealthController } from './health.controller';
import { OpenApiController } from './openapi/openapi.controller';
import { OpenApiService } from './openapi/openapi.service';
import { RulesController } from './rules.controller';

@Module({
  imports: [DiscoveryModule, CorpusModule, RetrievalModule, ChatModule, RulesModule, RecordsModule],
  controllers: [HealthController, ClausesController, ChatController, RulesController, OpenApiController],
  providers: [OpenApiService],
})
export class ApiModule {}
