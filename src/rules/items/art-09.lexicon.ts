import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.9's awards: what says a message is about each. */
export const ART9_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'first-invention-patent',
    topic: ['首次.{0,10}(发明专利|购买|买)', '第一件发明专利', '首件发明专利', '未覆盖发明专利', '没有(一件)?发明专利', '一件发明专利都没有', '赶超工程'],
    retrieval: { terms: ['赶超工程'], expansions: { '没有发明专利': ['未覆盖发明专利', '首次'], '第一次买专利': ['首次', '购买'], '买专利': ['购买', '未覆盖发明专利'] } },
    english: [
      ['first invention patent', '首件发明专利'],
      ['(?:had )?no invention patents? (?:at all|before)|never had an invention patent', '之前没有发明专利'],
      ['products? (?:made with it |using it )?sold', '产品销售额'],
      ['bought (?:it )?from', '购买自'],
    ],
  },
];
