import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.4's awards: what says a message is about each. */
export const ART4_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-pledge-loan-interest',
    topic: ['质押', '抵押', '贴息', '贷款利息', 'LPR', 'lpr', '银行贷款'],
    retrieval: { terms: ['质押贷款', '质押融资', '贴息补助', '商标权', '专利权', '商标专用权'], synonyms: [['贴息', '利息补贴', '利息', '贴息补助', '息'], ['质押', '抵押', '押', '质押融资', '抵押贷款', '质押贷款']], expansions: { '贷款': ['质押贷款'], '利息': ['贴息', '质押贷款'], lpr: ['贴息', '质押贷款'] } },
  },
  {
    ruleId: 'ip-insurance',
    topic: ['保险', '保费', '投保', '侵权险'],
    retrieval: { terms: ['知识产权保险', '年度保费'], synonyms: [['保险', '保费', '投保', '年度保费', '险']] },
  },
  {
    ruleId: 'ip-securitization',
    topic: ['证券化', 'ABS', 'abs'],
    retrieval: { terms: ['资产证券化'], synonyms: [['资产证券化', '证券化', 'abs', '发债', '发行']] },
  },
];
