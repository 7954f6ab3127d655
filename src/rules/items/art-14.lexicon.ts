import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.14's awards: what says a message is about each. */
export const ART14_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-agency-settlement',
    topic: ['代理机构', '事务所', '办事处', '分支机构', '代理公司', '落户奖'],
    retrieval: { terms: ['分支机构', '落户奖励'], expansions: { '搬到': ['落户', '设立'], '搬来': ['落户', '设立'], '迁入': ['落户', '设立'] } },
    english: [
      ['(?:in )?operation for|operating for|has operated for|been running for', '运作了'],
      ['branch(?: office)?', '分支机构'],
      ['(?:opened|set up|established)(?: (?:our|a|the|its))? jindong (?:branch(?: office)?|office)', '在金东区设立分支机构'],
      ['(?:opened|set up|established)', '设立'],
    ],
  },
];
