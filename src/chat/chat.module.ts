import { Module } from '@nestjs/common';
import { CorpusModule } from '../corpus/corpus.module';
import { CorpusService } from '../corpus/corpus.service';
import { ChineseTokenizer } from '../retrieval/chinese-tokenizer';
import { RetrievalModule } from '../retrieval/retrieval.module';
import { RetrievalService } from '../retrieval/retrieval.service';
import { ChatService } from './chat.service';
import { OfflineEngine } from './offline/offline-engine';
import { InMemorySessionStore } from './session/in-memory-session.store';
import { SessionStore } from './session/session-store.port';

const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

@Module({
  imports: [CorpusModule, RetrievalModule],
  providers: [
    {
      provide: OfflineEngine,
      inject: [RetrievalService, CorpusService, ChineseTokenizer],
      useFactory: (r: RetrievalService, c: CorpusService, t: ChineseTokenizer) => new OfflineEngine(r, c, t),
    },
    { provide: SessionStore, useFactory: () => new InMemorySessionStore({ maxSessions: MAX_SESSIONS, ttlMs: SESSION_TTL_MS }) },
    ChatService,
  ],
  exports: [ChatService],
})
export class ChatModule {}
