import { spokenLevels } from '../lexicon/levels';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.7's awards: what says a message is about each. */
export const ART7_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'china-patent-award',
    topic: ['中国专利', '中国外观设计', '专利(金|银)奖', '专利优秀奖', '(金|银)奖', '优秀奖'],
    retrieval: { terms: ['专利奖'], expansions: { '专利奖': ['中国专利', '奖金奖'], '金奖': ['中国专利', '奖金奖'] } },
    english: [
      ['china (?:design )?patent gold (?:award|prize|medal)', '中国专利金奖'],
      ['china (?:design )?patent silver (?:award|prize|medal)', '中国专利银奖'],
      ['china (?:design )?patent (?:excellence|excellent) (?:award|prize)', '中国专利优秀奖'],
      // the China Design Patent Award — Silver: the grade after a dash or in brackets.
      ['china (?:design )?patent awards?\\s?[—–\\-(（:,]+\\s?gold\\b', '中国专利金奖'],
      ['china (?:design )?patent awards?\\s?[—–\\-(（:,]+\\s?silver\\b', '中国专利银奖'],
      ['china (?:design )?patent awards?\\s?[—–\\-(（:,]+\\s?(?:excellence|excellent)\\b', '中国专利优秀奖'],
      ['china (?:design )?patent awards?', '中国专利奖'],
      ['gold (?:award|prize|medal)', '金奖'],
      ['silver (?:award|prize|medal)', '银奖'],
      ['(?:excellence|excellent) (?:award|prize)', '优秀奖'],
    ],
    // A city's or province's patent award is not the China Patent Award.
    lookAlikes: [
      // A city's, province's or district's patent award is no 中国专利奖.
      { words: `(?:${spokenLevels(['市级'])}|(?<![城都])市|${spokenLevels(['省级', '区级'])})(?:的)?(?:专利奖|外观设计(?:专利)?奖|专利金奖|专利银奖|专利优秀奖)`, field: 'newChinaPatentAwards', replaces: true, when: '奖' },
    ],
  },
  {
    ruleId: 'zhejiang-ip-award',
    topic: ['省(级)?知识产权奖', '浙江省知识产权奖', '门类奖', '(一|二|三)等奖', '大奖'],
    retrieval: { terms: ['知识产权奖', '门类奖'], expansions: { '大奖': ['省级知识产权奖'], '一等奖': ['省级知识产权奖', '门类奖'] } },
    // 中国专利奖 (national) and 省知识产权奖 (provincial): a city's or district's patent award is neither.
    levels: [{ thing: '专利奖|知识产权奖', listed: ['国家级', '省级'], field: 'newZhejiangIpAwards' }],
    english: [
      ['zhejiang (?:provincial )?(?:ip|intellectual property) awards?', '浙江省知识产权奖'],
      ['grand (?:prize|award)', '大奖'],
      ['(?:first|1st) prize', '一等奖'],
      ['(?:second|2nd) prize', '二等奖'],
      ['(?:third|3rd) prize', '三等奖'],
      // 2nd prize in the trademark category of the Zhejiang IP Award: the category's award.
      ['in the (?:trademark|商标) category(?: of)?', '商标奖 of'],
      ['in the (?:patent|专利) category(?: of)?', '专利奖 of'],
    ],
    lookAlikes: [
      // A city's, district's or the nation's award is no 浙江省知识产权奖.
      { words: `(?:${spokenLevels(['市级', '区级', '国家级'])}|中国)(?:的)?(?:知识产权奖|专利奖|商标奖)|版权|(?<!浙江)(?<!省)市(?:知识产权奖|专利奖)`, field: 'newZhejiangIpAwards', replaces: true, when: '奖' },
    ],
  },
];
