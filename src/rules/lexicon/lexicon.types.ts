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
}
