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
import { SessionStore } from './session/session-store.port';
import { TurnLog } from '../records/turn-log.port';
import { RecordsModule } from '../records/records.module';
import { StoredTurnLog } from '../records/stored-turn-log';
import { ChatMetrics } from '../observability/metrics/chat-metrics.port';
import { PrometheusChatMetrics } from '../observability/metrics/prometheus-chat.metrics';
import { InMemoryKeyValueStore } from '../common/state/in-memory-key-value.store';
import { KeyValueStore } from '../common/state/key-value.store';
import { KeyValueSessionStore } from './session/key-value-session.store';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { ChatModelPort } from './llm/chat-model.port';
import { LlmDecider } from './llm/llm-decider';
import { OpenAiChatModel } from './llm/openai-chat-model';

const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

@Module({
  imports: [CorpusModule, RetrievalModule, RulesModule, RecordsModule],
  providers: [
    {
      provide: NumericPlanner,
      inject: [ChatTools, CorpusService, { token: SETTINGS, optional: true }],
      useFactory: (tools: ChatTools, corpus: CorpusService, settings?: Settings) =>
        new NumericPlanner(tools, corpus, (text, context) => extractFacts(text, { ...context, budgetMs: settings?.UNDERSTANDING_BUDGET_MS })),
    },
    {
      provide: OfflineEngine,
      inject: [RetrievalService, CorpusService, ChineseTokenizer, NumericPlanner],
      useFactory: (r: RetrievalService, c: CorpusService, t: ChineseTokenizer, n: NumericPlanner) => new OfflineEngine(r, c, t, n),
    },
    {
      // Shared (Redis) state means several instances: sessions go there so any instance can continue them.
      // In memory they get a store of their own, so the session cap is not shared with rate-limit counters.
      provide: SessionStore,
      inject: [{ token: KeyValueStore, optional: true }, { token: SETTINGS, optional: true }],
      useFactory: (store?: KeyValueStore, settings?: Settings) =>
        new KeyValueSessionStore(
          store && store.backend !== 'memory' ? store : new InMemoryKeyValueStore({ maxKeys: MAX_SESSIONS }),
          SESSION_TTL_MS,
          { sessionsPerClient: settings?.SESSIONS_PER_CLIENT },
        ),
    },
    { provide: Prompts, useFactory: () => loadPrompts() },
    { provide: TurnLog, useExisting: StoredTurnLog },
    { provide: ChatMetrics, useClass: PrometheusChatMetrics },
    {
      provide: ChatModelPort,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => (settings.LLM_PROVIDER === 'openai' ? new OpenAiChatModel(settings) : null),
    },
    {
      provide: LlmDecider,
      inject: [SETTINGS, ChatModelPort, ChatTools, Prompts, CorpusService, ChatMetrics],
      useFactory: (s: Settings, port: ChatModelPort | null, tools: ChatTools, prompts: Prompts, corpus: CorpusService, metrics: ChatMetrics) =>
        s.LLM_PROVIDER === 'openai' && port
          ? new LlmDecider(port, tools, prompts, corpus, { maxModelCalls: s.LLM_MAX_MODEL_CALLS, turnTimeoutMs: s.LLM_TURN_TIMEOUT_MS }, metrics)
          : null,
    },
    {
      provide: ChatService,
      inject: [OfflineEngine, SessionStore, CorpusService, TurnLog, ChatMetrics, LlmDecider],
      useFactory: (e: OfflineEngine, s: SessionStore<never>, c: CorpusService, t: TurnLog, m: ChatMetrics, llm: LlmDecider | null) =>
        new ChatService(e, s, c, t, m, llm),
    },
    ChatTools,
  ],
  exports: [ChatService, ChatTools, Prompts],
})
export class ChatModule {}
