/**
 * The words of one rule, beside the rule: what the chat and the retrieval generate their tables from.
 * Data only — strings and regex sources; the readers in src/chat and src/retrieval compile them.
 */
export interface RuleLexicon {
  ruleId: string;
  /**
   * Phrasings that say a message is about this award. Each is a regex source (a plain word is one too);
   * quantifiers stay bounded (`.{0,20}`), so reading stays linear in the message length. Typos the
   * shared normaliser corrects (src/rules/lexicon/typos.ts) need not be listed.
   */
  topic: readonly string[];
  /** What the clause search needs for this award (src/retrieval merges it with its general words). */
  retrieval?: RetrievalWords;
}

export interface RetrievalWords {
  /** Words jieba must keep whole. */
  terms?: readonly string[];
  /** Groups of words searched as one (the first is the canonical word, usually the clause's own). */
  synonyms?: readonly (readonly string[])[];
  /** One-way expansions: a question containing the key also searches the listed words. */
  expansions?: Readonly<Record<string, readonly string[]>>;
}
