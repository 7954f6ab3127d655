import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.5's awards: what says a message is about each. */
export const ART5_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-alliance',
    members: '成员(?:单位|企业|公司)?|会员(?:单位|企业)?|理事(?:单位)?|加入了?(?:这个|该)?联盟',
    topic: ['联盟'],
    retrieval: { terms: ['知识产权联盟'] },
    english: [
      ['(?:national intellectual property administration|cnipa|sipo)', '国家知识产权局'],
      ['(?:the )?(?:zhejiang )?provincial (?:ip|intellectual property) (?:office|bureau|administration)', '省知识产权局'],
      ['(?:ip|intellectual property|industry|patent) alliance', '知识产权联盟'],
      ['(?:(?:was|were|got|has|have) )?(?:been )?(?:filed|recorded|registered)(?: \\((?:filed|recorded|备案)\\))? (?:with|at)', '备案于'],
      ['(?:(?:was|were|got|has|have) )?(?:been )?备案 (?:with|at)', '备案于'],
    ],
  },
];
