import { Module } from '@nestjs/common';
import { CorpusModule } from '../corpus/corpus.module';
import { CorpusService } from '../corpus/corpus.service';
import { ChineseTokenizer } from '../retrieval/chinese-tokenizer';
import { RetrievalModule } from '../retrieval/retrieval.module';
import { RetrievalService } from '../retrieval/retrieval.service';
import { RulesModule } from '../rules/rules.module';
import { ChatTools } from './tools/chat-tools';
import { extractFacts } from './nlu/fact-extractor';
import { NumericPlanner } from './offline/numeric-planner';
import { ChatService } from './chat.service';
import { loadPrompts, Prompts } from './llm/prompts';
import { OfflineEngine } from './offline/offline-engine';
import { InMemorySessionStore } from './session/in-memory-session.store';
import { SessionStore } from './session/session-store.port';
import { DiscardingTurnLog, TurnLog } from './records/turn-log.port';
import { ChatMetrics, NoopChatMetrics } from './chat-metrics.port';

const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

@Module({
  imports: [CorpusModule, RetrievalModule, RulesModule],
  providers: [
    {
      provide: NumericPlanner,
      inject: [ChatTools, CorpusService],
      useFactory: (tools: ChatTools, corpus: CorpusService) => new NumericPlanner(tools, corpus, extractFacts),
    },
    {
      provide: OfflineEngine,
      inject: [RetrievalService, CorpusService, ChineseTokenizer, NumericPlanner],
      useFactory: (r: RetrievalService, c: CorpusService, t: ChineseTokenizer, n: NumericPlanner) => new OfflineEngine(r, c, t, n),
    },
    { provide: SessionStore, useFactory: () => new InMemorySessionStore({ maxSessions: MAX_SESSIONS, ttlMs: SESSION_TTL_MS }) },
    { provide: Prompts, useFactory: () => loadPrompts() },
    { provide: TurnLog, useClass: DiscardingTurnLog },
    { provide: ChatMetrics, useClass: NoopChatMetrics },
    ChatTools,
    ChatService,
  ],
  exports: [ChatService, ChatTools, Prompts],
})
export class ChatModule {}
