import { Module } from '@nestjs/common';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { CorpusModule } from '../corpus/corpus.module';
import { ChineseTokenizer } from './chinese-tokenizer';
import { Embeddings } from './embeddings.port';
import { HashedNgramEmbeddings } from './hashed-ngram.embeddings';
import { OpenAiCompatibleEmbeddings } from './openai-compatible.embeddings';
import { RetrievalService } from './retrieval.service';

@Module({
  imports: [CorpusModule],
  providers: [
    { provide: ChineseTokenizer, useFactory: () => new ChineseTokenizer() },
    {
      provide: Embeddings,
      inject: [SETTINGS],
      useFactory: (s: Settings): Embeddings =>
        s.EMBEDDINGS_PROVIDER === 'openai'
          ? new OpenAiCompatibleEmbeddings({ apiKey: s.OPENAI_API_KEY, baseUrl: s.OPENAI_BASE_URL, model: s.OPENAI_EMBEDDINGS_MODEL })
          : new HashedNgramEmbeddings(),
    },
    RetrievalService,
  ],
  exports: [RetrievalService, ChineseTokenizer],
})
export class RetrievalModule {}
