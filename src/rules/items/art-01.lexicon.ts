import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.1's awards: what says a message is about each. */
export const ART1_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'patent-intensive-enterprise', topic: ['专利密集', '密集型企业'] },
];
