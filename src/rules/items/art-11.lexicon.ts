import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.11's awards: what says a message is about each. */
export const ART11_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'ip-rights-station', topic: ['维权(站|点|工作站|服务站)'] },
];
