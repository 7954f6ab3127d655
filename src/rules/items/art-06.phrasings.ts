import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.6's awards (say → facts), run by one test. */
export const ART6_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'patent-navigation-project',
    phrasings: [
      { say: '今年新承担了一个省级专利导航项目', facts: { newPatentNavigationProjectLevels: ['省级'] } },
      { say: '我们今年新接了市里的专利导航项目', facts: { newPatentNavigationProjectLevels: ['市级'] } },
      { say: '今年省级和区级专利导航项目各承担了一个', facts: { newPatentNavigationProjectLevels: ['省级', '区级'] } },
      { say: '区级的', asked: 'newPatentNavigationProjectLevels', facts: { newPatentNavigationProjectLevels: ['区级'] } },
      { say: '专利导航项目今年没有承担', facts: { newPatentNavigationProjectLevels: [] } },
      { say: '今年新承擔了市級專利導航項目', facts: { newPatentNavigationProjectLevels: ['市级'] } },
      { say: '专利导航项目区级的补助多少？', facts: {} },
    ],
  },
  {
    ruleId: 'ip-early-warning-project',
    phrasings: [
      { say: '今年新承担了两项市级知识产权预警分析项目', facts: { newIpEarlyWarningProjectsCount: 2 } },
      { say: '两项', asked: 'newIpEarlyWarningProjectsCount', facts: { newIpEarlyWarningProjectsCount: 2 } },
      { say: '承担了1个省级的知识产权预警分析项目，今年新立项的', facts: { newIpEarlyWarningProjectsCount: 1 } },
      { say: '预警分析项目今年新接了三个，都是市级以上的', facts: { newIpEarlyWarningProjectsCount: 3 } },
      { say: '今年没有新承担知识产权预警分析项目', facts: { newIpEarlyWarningProjectsCount: 0 } },
    ],
  },
];
