import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.3's awards: what says a message is about each. */
export const ART3_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-demonstration-enterprise',
    topic: ['(示范|优势)(（优势）)?企业', '强企工程'],
    retrieval: { terms: ['示范企业', '优势企业', '强企工程'] },
    english: [
      ['(?:ip |intellectual property )?demonstration (?:enterprise|company)(?: title)?', '知识产权示范企业'],
      ['(?:ip |intellectual property )?advantage (?:enterprise|company)(?: title)?', '知识产权优势企业'],
    ],
  },
];
