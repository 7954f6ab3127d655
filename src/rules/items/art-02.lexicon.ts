import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.2's awards: what says a message is about each. */
export const ART2_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'high-value-patents',
    topic: ['高价值'],
    retrieval: { terms: ['高价值发明专利', '高价值专利', '发明专利'] },
    english: [
      ['newly granted high[- ]value (?:invention )?patents?', '新增高价值发明专利'],
      ['high[- ]value (?:invention )?patents?', '高价值发明专利'],
    ],
    lookAlikes: [{ words: '实用新型(?:专利)?|外观设计(?:专利)?', field: 'newHighValueInventionPatentsCount', what: '实用新型、外观设计专利', replaces: true }],
  },
];
