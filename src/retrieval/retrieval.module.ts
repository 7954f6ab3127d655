import { Module } from '@nestjs/common';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { CorpusModule } from '../corpus/corpus.module';
import { ChineseTokenizer, withDomain } from './chinese-tokenizer';
import { DomainVocabulary } from './domain-vocabulary.port';
import { Embeddings } from './embeddings.port';
import { HashedNgramEmbeddings } from './hashed-ngram.embeddings';
import { OpenAiCompatibleEmbeddings } from './openai-compatible.embeddings';
import { RetrievalService } from './retrieval.service';

@Module({
  imports: [CorpusModule],
  providers: [
    {
      provide: ChineseTokenizer,
      inject: [{ token: DomainVocabulary, optional: true }],
      useFactory: (domain?: DomainVocabulary) => new ChineseTokenizer(withDomain(domain)),
    },
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
