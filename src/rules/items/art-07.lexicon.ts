import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.7's awards: what says a message is about each. */
export const ART7_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'china-patent-award',
    topic: ['中国专利', '中国外观设计', '专利(金|银)奖', '专利优秀奖', '(金|银)奖', '优秀奖'],
    retrieval: { terms: ['专利奖'], expansions: { '专利奖': ['中国专利', '奖金奖'], '金奖': ['中国专利', '奖金奖'] } },
  },
  {
    ruleId: 'zhejiang-ip-award',
    topic: ['省(级)?知识产权奖', '浙江省知识产权奖', '门类奖', '(一|二|三)等奖', '大奖'],
    retrieval: { terms: ['知识产权奖', '门类奖'], expansions: { '大奖': ['省级知识产权奖'], '一等奖': ['省级知识产权奖', '门类奖'] } },
    // 中国专利奖 (national) and 省知识产权奖 (provincial): a city's or district's patent award is neither.
    levels: [{ thing: '专利奖|知识产权奖', listed: ['国家级', '省级'], field: 'newZhejiangIpAwards' }],
  },
];
