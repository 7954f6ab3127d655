import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.4's awards: what says a message is about each. */
export const ART4_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'ip-pledge-loan-interest', topic: ['质押', '抵押', '贴息', '贷款利息', 'LPR', 'lpr', '银行贷款'] },
  { ruleId: 'ip-insurance', topic: ['保险', '保费', '投保', '侵权险'] },
  { ruleId: 'ip-securitization', topic: ['证券化', 'ABS', 'abs'] },
];
