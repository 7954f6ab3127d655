import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.7's awards: what says a message is about each. */
export const ART7_LEXICONS: readonly RuleLexicon[] = [
  { ruleId: 'china-patent-award', topic: ['中国专利', '中国外观设计', '专利(金|银)奖', '专利优秀奖', '(金|银)奖', '优秀奖'] },
  { ruleId: 'zhejiang-ip-award', topic: ['省(级)?知识产权奖', '浙江省知识产权奖', '门类奖', '(一|二|三)等奖', '大奖'] },
];
