import { loadSettings } from '../../config/settings';
import { CorpusService } from '../../corpus/corpus.service';
import { ChineseTokenizer } from '../../retrieval/chinese-tokenizer';
import { HashedNgramEmbeddings } from '../../retrieval/hashed-ngram.embeddings';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { EligibilityService } from '../../rules/eligibility.service';
import { RulesService } from '../../rules/rules.service';
import { ChatTools } from '../tools/chat-tools';

/** The real chat tools over the real corpus, offline, without Nest: for unit tests. */
export async function buildChatTools(): Promise<ChatTools> {
  const settings = loadSettings({});
  const corpus = new CorpusService(settings);
  const retrieval = new RetrievalService(corpus, new ChineseTokenizer(), new HashedNgramEmbeddings(), settings);
  await retrieval.onModuleInit();
  const rules = new RulesService(corpus);
  return new ChatTools(rules, new EligibilityService(rules), retrieval, corpus);
}
