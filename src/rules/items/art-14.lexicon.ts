import { kindNamesOf } from '../lexicon/applicant-kinds';
import { COUNTERS } from '../lexicon/number-words';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.14's awards: what says a message is about each. */
export const ART14_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'ip-agency-settlement',
    numbers: [
      {
        field: 'agencyOperatingMonths',
        kind: 'months',
        only: ['agency'],
        words: '(?:开了|运作了?|运营了?|成立了?|落户了?|设立了?|开业了?|入驻了?|办了|经营了?|营业了?)(?:满|有|快|已经|都|整)?',
      },
      // 设了办事处 满一年了: the time since it was set up, said after it.
      { field: 'agencyOperatingMonths', kind: 'months', only: ['agency'], dir: 'forward', words: '(?<=(?:设|开|办|建)了?[^，。；]{0,8}(?:分所|办事处|分支机构|分公司|代理机构)[^，。；0-9]{0,3})(?:已经|已)?(?:满|有|快)' },
      {
        field: 'agencyPatentGrantsCount',
        kind: 'count',
        counters: COUNTERS.patents,
        only: ['agency'],
        words: '代理(?:的|了)?(?:专利)?(?:的)?授权(?:的)?(?:专利)?(?:总量|总数|量|数)?(?:是|有|为|达到?了?)?|(?:专利)?授权(?:总量|总数|量)(?:是|有|为)?|代理了?(?:专利)?',
      },
      // 代理专利申请80件，授权45件 (also after the filings' own breakdown): a grant count beside the
      // agency's filings is its grants.
      {
        field: 'agencyPatentGrantsCount',
        kind: 'count',
        counters: COUNTERS.patents,
        only: ['agency'],
        words: '(?<=代理[^，。；]{0,12}申请[^。；]{0,30}[，,、]\\s?(?:其中)?)(?:已)?授权(?:的)?(?:有|了)?(?=(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})(?:件|个|项)(?!发明))',
      },
      // 65件专利获得授权: the count before the grant.
      { field: 'agencyPatentGrantsCount', kind: 'count', counters: COUNTERS.patents, only: ['agency'], dir: 'backward', words: '(?<=(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})(?:件|个|项)(?:专利)?\\s?)(?:获得|获)?授权' },
      { field: 'agencyInventionPatentGrantsCount', kind: 'count', counters: COUNTERS.patents, only: ['agency'], words: '(?:其中)?(?:的)?发明(?:专利)?(?:授权)?(?:的)?(?:有|是|为)?|其中' },
    ],
    // An agency by any of its names (applicant-kinds.ts), or its branch.
    topic: [...kindNamesOf('代理机构'), '办事处', '分支机构', '落户奖'],
    retrieval: { terms: ['分支机构', '落户奖励'], expansions: { '搬到': ['落户', '设立'], '搬来': ['落户', '设立'], '迁入': ['落户', '设立'] } },
    english: [
      ['(?:in )?operation for|operating for|has operated for|been running for', '运作了'],
      ['branch(?: office)?', '分支机构'],
      ['(?:opened|set up|established)(?: (?:our|a|the|its))? jindong (?:branch(?: office)?|office)', '在金东区设立分支机构'],
      ['(?:opened|set up|established)', '设立'],
      // it has 50 granted patents as agent, 10 of which are invention patents.
      ['([0-9]+) (?:授权 专利|granted patents?) as (?:an )?agent', '代理专利授权$1件'],
      ['([0-9]+) of which (?:是 |are |were )?(?:发明专利|invention patents?)', '其中发明专利$1件'],
    ],
  },
];
