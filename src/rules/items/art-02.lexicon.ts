import { COUNTERS } from '../lexicon/number-words';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** The words of art.2's awards: what says a message is about each. */
export const ART2_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'high-value-patents',
    numbers: [
      {
        field: 'newHighValueInventionPatentsCount',
        kind: 'count',
        deniedIsZero: true,
        counters: COUNTERS.patents,
        words: '(?:今年|当年)?(?:新增了?|新授权了?|新获得?了?|新)?(?:的)?高价值(?:的)?(?:发明)?(?:专利)?(?:新增了?|有|是|达到?了?)?',
      },
      // 高价值发明专利去年新增35件，今年新增12件: this year's, in a clause of its own.
      { field: 'newHighValueInventionPatentsCount', kind: 'count', counters: COUNTERS.patents, only: ['highValue'], not: ['art1'], words: '(?<=高价值[^。]{0,30})(?:今年|当年|本年)(?:新增|新授权)(?:了)?' },
      // 申请了35件高价值发明专利，授权了12件: after the applications, the grants are the count.
      {
        field: 'newHighValueInventionPatentsCount',
        kind: 'count',
        counters: COUNTERS.patents,
        only: ['highValue'],
        decisive: true,
        words: '(?<=申请(?:了)?[^。；]{0,24}?(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})(?:件|个)[^。；0-9]{0,16}?)(?:其中)?(?:已经?|已)?(?:获得?)?(?:授权|下证|拿到证书?)(?:了)?(?:的)?(?:有|是|为)?(?=(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})(?:件|个))',
      },
      // 新增高价值专利12件，其中发明专利8件、实用新型4件: only invention patents are high-value ones.
      { field: 'newHighValueInventionPatentsCount', kind: 'count', counters: COUNTERS.patents, only: ['highValue'], decisive: true, words: '其中(?:的)?发明(?:专利)?(?:有|是|为)?' },
      // 高价值发明专利累计60件，今年新增12件: after the high-value stock, the new ones are this count. Only right
      // after the stock was told, and the number right after 新增: 今年新增12件，其中高价值3件 is all new patents,
      // and 新增实用新型专利35件 is that noun's.
      {
        field: 'newHighValueInventionPatentsCount',
        kind: 'count',
        counters: COUNTERS.patents,
        only: ['highValue'],
        not: ['art1'],
        decisive: true,
        words:
          '(?<=高价值[^。]{0,16}(?:累计|拥有|共有|总共|一共|存量|总数)[^。]{0,12}[，,]\\s?)(?:其中)?(?:今年|当年)?(?:新增了?|新授权了?)(?=(?:[0-9]{1,4}|[一二两三四五六七八九十百几]{1,4})(?:件|个))',
      },
    ],
    topic: ['高价值'],
    retrieval: { terms: ['高价值发明专利', '高价值专利', '发明专利'] },
    english: [
      ['newly granted high[- ]value (?:invention )?patents?', '新增高价值发明专利'],
      ['high[- ]value (?:invention )?patents?', '高价值发明专利'],
    ],
    lookAlikes: [{ words: '实用新型(?:专利)?|外观设计(?:专利)?', field: 'newHighValueInventionPatentsCount', what: '实用新型、外观设计专利', replaces: true }],
  },
];
