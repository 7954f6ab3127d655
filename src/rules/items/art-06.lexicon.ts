import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.6's awards: what says a message is about each. */
export const ART6_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-navigation-project',
    topic: ['导航'],
    retrieval: { terms: ['专利导航'] },
    english: [
      ['patent navigation(?: projects?)?', '专利导航项目'],
    ],
    levels: [{ thing: '(?:专利)?导航(?:项目)?', listed: ['省级', '市级', '区级'], field: 'newPatentNavigationProjectLevels' }],
  },
  {
    ruleId: 'ip-early-warning-project',
    topic: ['预警'],
    retrieval: { terms: ['预警分析'] },
    english: [
      ['(?:ip |patent )?early[- ]warning(?: analysis)?(?: projects?)?', '知识产权预警分析项目'],
    ],
    // 市级以上: a district project is not counted.
    levels: [{ thing: '预警(?:分析)?(?:项目)?', listed: ['国家级', '省级', '市级'], field: 'newIpEarlyWarningProjectsCount' }],
  },
];
