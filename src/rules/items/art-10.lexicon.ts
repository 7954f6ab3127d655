import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.10's awards: what says a message is about each. */
export const ART10_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'ip-protection-market', topic: ['规范化市场'] },
];
