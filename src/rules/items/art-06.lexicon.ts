import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.6's awards: what says a message is about each. */
export const ART6_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-navigation-project',
    topic: ['导航'],
    retrieval: { terms: ['专利导航'] },
  },
  {
    ruleId: 'ip-early-warning-project',
    topic: ['预警'],
    retrieval: { terms: ['预警分析'] },
  },
];
