import { Global, Module } from '@nestjs/common';
import { DomainVocabulary } from './retrieval/domain-vocabulary.port';
import { RULES_VOCABULARY } from './rules/lexicon/retrieval-vocabulary';

/**
 * Wires the rules' words into the clause search (retrieval may not import rules; the root may). Global,
 * so the tokenizer finds it wherever the retrieval module is imported.
 */
@Global()
@Module({
  providers: [{ provide: DomainVocabulary, useValue: RULES_VOCABULARY }],
  exports: [DomainVocabulary],
})
export class VocabularyModule {}
