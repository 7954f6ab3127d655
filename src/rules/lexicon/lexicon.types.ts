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
  /**
   * The award's words in English, for questions typed in English: a regex source (matched without regard
   * to case, on word boundaries) and the Chinese its readers understand. Longer phrases win over shorter.
   */
  english?: readonly (readonly [string, string])[];
  /**
   * Things that look like this award's but are not what its clause lists (实用新型专利 where it counts
   * invention patents, a trademark suit where it pays patent suits): answered as not listed, never read as
   * the award's own fact.
   */
  lookAlikes?: readonly LookAlike[];
  /**
   * Who belongs to the collective this award pays (成员单位 of an alliance, 商户 of a market, 入驻机构 of a
   * zone): a regex source. Such a member asking about the collective's award asks about someone else's.
   */
  members?: string;
  /** How people name each value of a choice fact of this award (the office a trademark was registered with). */
  values?: ChoiceWords;
  /** The words a number stands beside for each numeric fact of this award: the chat's number reader is built from them. */
  numbers?: readonly NumberCue[];
  /** The words of each yes/no fact of this award held or obtained (贯标, 驰名商标): said, denied or asked. */
  flags?: readonly FlagWords[];
  /**
   * Counter words of a count fact that no number words read (the stations a station reader counts): how a
   * bare reply to its question (两个) is taken.
   */
  counts?: Readonly<Record<string, readonly string[]>>;
}

/**
 * What a message is about, which decides what a shared word means (发明专利 is art.1's stock, an agency's
 * grants in an agency's message, the first patent in an art.9 story). The chat detects them per message.
 */
export type Story =
  | 'art1'
  | 'art9'
  | 'agency'
  | 'transfer'
  | 'foreignSuit'
  | 'settled'
  | 'trademark'
  | 'securitization'
  | 'privateIssue'
  | 'loan'
  | 'highValue'
  | 'earlyWarning'
  | 'madridOnly';

/** The words of a yes/no fact: the message says it has the thing, has not, or asks about it. */
export interface FlagWords {
  field: string;
  /** A regex source with bounded quantifiers. */
  words: string;
  /** A yes needs one of these words too (a regex source): 浙江制造 alone is not the 国际互认 certificate. */
  yesNeeds?: string;
  /** Not this fact where its clause says this (a regex source): 集体商标 of a 地理标志 is art.16.2's count. */
  unless?: string;
  /** A thing new this year: 早就有了 means it is not new. */
  newOnly?: boolean;
}

/** One way a numeric fact is named: the number beside these words is read into the field. */
export interface NumberCue {
  /**
   * The profile field; or `increase` (比去年多了6件), `patentProductSalesYuan` (a figure that is no field by
   * itself), or `sink` for figures that must land nowhere (a transfer's price in a buyer's story).
   */
  field: string;
  kind: 'count' | 'yuan' | 'percent' | 'rate' | 'months' | 'year';
  /** A regex source with bounded quantifiers. */
  words: string;
  /** Matched without regard to letter case (ABS, LPR). */
  caseless?: boolean;
  /** Counter words a count takes (件, 家 …). */
  counters?: readonly string[];
  /** Read only in a message telling one of these stories. */
  only?: readonly Story[];
  /** Never read in a message telling any of these stories. */
  not?: readonly Story[];
  /** Which side the number may stand on; both by default. */
  dir?: 'forward' | 'backward';
  /** A time word or generic word: no mention when no number attaches to it. */
  silent?: boolean;
  /** A verb or time word rather than the thing counted: it yields to the noun of another topic. */
  verb?: boolean;
  /** Cues of one topic (art.1's stock): a verb yields only to nouns of another family. */
  family?: string;
  /** A sink naming things that do not count for this field (区级 early-warning projects): alone, the field is 0. */
  zeroFor?: string;
  /** Names one kind of a counted thing (证明商标 / 集体商标): the counts add up. */
  sums?: boolean;
  /** The number that counts for the field over any other told for it (其中金东的12家). */
  decisive?: boolean;
  /** The thing denied (没买知识产权保险, 没发过ABS) means the field is 0, as the field asks. */
  deniedIsZero?: boolean;
  /**
   * The figure may be another one's (今年卖了150万 may be all sales, not the patent product's): it is kept as
   * a candidate, the field is asked, and a yes to that question confirms the figure.
   */
  unconfirmed?: boolean;
}

export interface ChoiceWords {
  /** The profile field (for a list of entries, the field of the list). */
  field: string;
  /** Per value of the field, its words: a regex source with bounded quantifiers, matched without regard to case. */
  forms: Readonly<Record<string, string>>;
  /** Words that name the same things too loosely to say which value (非洲): enough to say the fact is about them. */
  loose?: string;
}

export interface LookAlike {
  /** The thing's words: a regex source with bounded quantifiers. */
  words: string;
  /** The profile field it would be mistaken for. */
  field: string;
  /** How the answer names it (本条未列明…的奖补); the words matched when absent. */
  what?: string;
  /**
   * The figures and facts told with it are its own (a receivables ABS's size, a property policy's premium):
   * the award's fact is not read from that part of the message. Otherwise both may stand side by side
   * (发明专利10件和实用新型20件).
   */
  replaces?: boolean;
  /** Words the message must also say for the look-alike to count (a regex source); the award's own topic words when absent. */
  when?: string;
  /** With `replaces`: the whole sentence is about it (一家入池企业…，整个产品发行规模3亿), not only the clauses beside it. */
  sentence?: boolean;
}

export interface LevelledThing {
  /** The thing's words: a regex source with bounded quantifiers. */
  thing: string;
  /** The levels the clause lists for it (国家级, 省级, 市级, 区级). */
  listed: readonly string[];
  /** The profile field an unlisted level is reported against (for a list of levels, the field read too). */
  field: string;
  /** Words the message must also say for this thing to count (a regex source): a bare 站点 is art.12's only beside 商业秘密. */
  context?: string;
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
  /**
   * Facts the message states, by profile field; fields not listed are not checked (except for leaks). A
   * question that states none (`{}`) must be recognised as asking about this rule.
   */
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
