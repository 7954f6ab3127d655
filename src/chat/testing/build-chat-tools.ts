import { loadSettings } from '../../config/settings';
import { CorpusService } from '../../corpus/corpus.service';
import { ChineseTokenizer, withDomain } from '../../retrieval/chinese-tokenizer';
import { RULES_VOCABULARY } from '../../rules/lexicon/retrieval-vocabulary';
import { HashedNgramEmbeddings } from '../../retrieval/hashed-ngram.embeddings';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { EligibilityService } from '../../rules/eligibility.service';
import { RulesService } from '../../rules/rules.service';
import { ChatTools } from '../tools/chat-tools';

/**
 * The real corpus, retrieval and chat tools, offline, without Nest: for unit tests and test doubles.
 * `Tools` lets a caller use a ChatTools subclass (e.g. one that records the calls it gets).
 */
export async function buildChatParts<T extends ChatTools = ChatTools>(Tools: new (...args: ConstructorParameters<typeof ChatTools>) => T = ChatTools as never) {
  const settings = loadSettings({});
  const corpus = new CorpusService(settings);
  const tokenizer = new ChineseTokenizer(withDomain(RULES_VOCABULARY));
  const retrieval = new RetrievalService(corpus, tokenizer, new HashedNgramEmbeddings(), settings);
  await retrieval.onModuleInit();
  const rules = new RulesService(corpus);
  const tools = new Tools(rules, new EligibilityService(rules), retrieval, corpus);
  return { corpus, tokenizer, retrieval, tools };
}

export async function buildChatTools(): Promise<ChatTools> {
  return (await buildChatParts()).tools;
}
