import { type Level, levelNames, LEVELS } from '../lexicon/levels';
import { COUNTERS } from '../lexicon/number-words';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** A project's partners: the award goes to the unit that undertakes it. */
const PROJECT_MEMBERS = '参与单位|参与企业|参与方|合作单位|协作单位|配合单位|子课题(?:承担)?单位';

/** 市级以上: the early-warning projects counted; a district project is not. */
const WARNING_LEVELS: readonly Level[] = ['国家级', '省级', '市级'];
const WARNING_LISTED = levelNames(WARNING_LEVELS);
const WARNING_UNLISTED = levelNames(LEVELS.filter((l) => !WARNING_LEVELS.includes(l)));

/** The words of art.6's awards: what says a message is about each. */
export const ART6_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-navigation-project',
    // A unit that takes part in a project another undertakes is no undertaker of it.
    members: PROJECT_MEMBERS,
    topic: ['导航'],
    retrieval: { terms: ['专利导航'] },
    english: [
      ['patent navigation(?: projects?)?', '专利导航项目'],
    ],
    levels: [{ thing: '(?:专利)?导航(?:项目)?', listed: ['省级', '市级', '区级'], field: 'newPatentNavigationProjectLevels' }],
  },
  {
    ruleId: 'ip-early-warning-project',
    // A unit that takes part in a project another undertakes is no undertaker of it.
    members: PROJECT_MEMBERS,
    numbers: [
      {
        field: 'newIpEarlyWarningProjectsCount',
        kind: 'count',
        deniedIsZero: true,
        counters: COUNTERS.projects,
        sums: true,
        words: `(?:${WARNING_LISTED})?(?:及以上)?(?:的)?(?:知识产权)?预警(?:分析)?(?:项目)?`,
      },
      // 省级和国家级预警项目各一项: a level listed before another, each counted (各 gives the number to both).
      {
        field: 'newIpEarlyWarningProjectsCount',
        kind: 'count',
        counters: COUNTERS.projects,
        sums: true,
        only: ['earlyWarning'],
        words: `(?:${WARNING_LISTED})(?=[、和及与](?:${WARNING_LISTED}))`,
      },
      // 国家级预警项目1项、市级2项: each further level's count in an early-warning story, added up.
      {
        field: 'newIpEarlyWarningProjectsCount',
        kind: 'count',
        counters: COUNTERS.projects,
        sums: true,
        only: ['earlyWarning'],
        words: `(?<=[、，,和及])(?:${WARNING_LISTED})(?:的)?(?=(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:项|个))`,
      },
      {
        field: 'sink',
        kind: 'count',
        counters: COUNTERS.projects,
        zeroFor: 'newIpEarlyWarningProjectsCount',
        words:
          `(?:${WARNING_UNLISTED})(?:的)?(?:知识产权)?预警(?:分析)?(?:项目)?` +
          `|(?:知识产权)?预警(?:分析)?(?:项目)?[（(]?(?:是|属于|为)?(?:${WARNING_UNLISTED})(?:的)?(?:项目)?[)）]?`,
      },
    ],
    topic: ['预警'],
    retrieval: { terms: ['预警分析'] },
    english: [
      ['(?:ip |patent )?early[- ]warning(?: analysis)?(?: projects?)?', '知识产权预警分析项目'],
    ],
    levels: [{ thing: '预警(?:分析)?(?:项目)?', listed: WARNING_LEVELS, field: 'newIpEarlyWarningProjectsCount' }],
  },
];
