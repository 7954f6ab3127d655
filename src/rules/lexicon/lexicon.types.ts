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
  /**
   * Things of this award that carry a level, and the levels its text lists. A level it does not list
   * (市级品牌指导服务站, 金华市专利奖) is answered as not listed — never read as a listed one.
   */
  levels?: readonly LevelledThing[];
}

export interface LevelledThing {
  /** The thing's words: a regex source with bounded quantifiers. */
  thing: string;
  /** The levels the clause lists for it (国家级, 省级, 市级, 区级). */
  listed: readonly string[];
  /** The profile field an unlisted level is reported against. */
  field: string;
}

export interface RetrievalWords {
  /** Words jieba must keep whole. */
  terms?: readonly string[];
  /** Groups of words searched as one (the first is the canonical word, usually the clause's own). */
  synonyms?: readonly (readonly string[])[];
  /** One-way expansions: a question containing the key also searches the listed words. */
  expansions?: Readonly<Record<string, readonly string[]>>;
}

/**
 * One way people say facts of a rule, and the facts it states: data beside the rule, run by one test
 * (src/chat/nlu/rule-phrasings.spec.ts) that also checks no phrasing sets a fact of another rule.
 */
export interface Phrasing {
  /** As people type it: sloppy, shorthand, typos and all. */
  say: string;
  /** Facts the message states, by profile field; fields not listed are not checked (except for leaks). */
  facts: Readonly<Record<string, unknown>>;
  /** The fact the assistant had just asked for, when the message is a bare reply to that question. */
  asked?: string;
  /** Not understood yet, and why: the test checks it still fails, so a fix must remove this line. */
  gap?: string;
}

/** A rule's phrasings (src/rules/items/art-NN.phrasings.ts). */
export interface RulePhrasings {
  ruleId: string;
  phrasings: readonly Phrasing[];
}
