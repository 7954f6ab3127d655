import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.2's awards: what says a message is about each. */
export const ART2_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'high-value-patents', topic: ['高价值'] },
];
