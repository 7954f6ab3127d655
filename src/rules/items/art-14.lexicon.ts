import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.14's awards: what says a message is about each. */
export const ART14_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'ip-agency-settlement', topic: ['代理机构', '事务所', '办事处', '分支机构', '代理公司', '落户奖'] },
];
