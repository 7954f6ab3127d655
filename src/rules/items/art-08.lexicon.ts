import { COUNTERS } from '../lexicon/number-words';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** A transfer's price (成交金额, 许可费): the seller's art.8 figure; in a buyer's art.9 story, no fact at all. */
export const TRANSFER_VALUE = '成交(?:金额|额|价|价格|总额)?|(?:转让|许可)(?:费|费用|金额|收入|总额|价款|合同(?:金额)?)|交易(?:额|金额)|合同(?:总)?(?:金额|额)';

/** The words of art.8's awards: what says a message is about each. */
export const ART8_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-transfer',
    // The transferring university's facts; in a buyer's art.9 story they are none (art-09.lexicon.ts).
    numbers: [
      {
        field: 'patentTransferLicenseeCount',
        kind: 'count',
        deniedIsZero: true,
        counters: COUNTERS.firms,
        not: ['art9'],
        verb: true,
        // 许可收益, 许可费 are money, not the firms licensed.
        words:
          '(?:专利)?(?:(?:许可|转让|转移|授权使用)(?!收益|费|收入|合同|金额|价款)(?:给了?|了)?|卖给了?|转(?:化)?给了?)(?:金东(?:区)?(?:的|内)?)?|受让(?:企业|方|单位)?(?:有|共)?|被许可(?:企业|方)?(?:有|共)?',
      },
      { field: 'patentTransferValueYuan', kind: 'yuan', not: ['art9'], words: TRANSFER_VALUE },
      { field: 'patentTransferValueYuan', kind: 'yuan', only: ['transfer'], not: ['art9'], words: '(?:一共|总共|共)?收(?:了|入)' },
      // 向20家企业转让，其中金东的12家: only firms in Jindong count, so that number decides.
      { field: 'patentTransferLicenseeCount', kind: 'count', counters: COUNTERS.firms, not: ['art9'], decisive: true, words: '其中(?:在)?金东(?:区)?(?:内)?(?:的)?(?:企业)?(?:有|是|占)?' },
      // 许可给了金东区的企业，一共5家: the number of firms in a clause of its own.
      { field: 'patentTransferLicenseeCount', kind: 'count', counters: ['家'], only: ['transfer'], not: ['art9'], words: '(?:一共|总共|共计|共|累计|合计)(?:是|有)?' },
    ],
    topic: ['(专利)?(转让|许可|转化).{0,20}(企业|家)', '成交(金额|额)', '技术转移', '专利转移转化'],
    retrieval: { terms: ['转移转化', '专利转让', '专利许可'], synonyms: [['专利转让', '卖专利', '转让']] },
    english: [
      ['transferred or licen[cs]ed|licen[cs]ed or transferred', '转让或许可'],
      ['transferred', '转让'],
      ['licen[cs]ed', '许可'],
      ['(?:actual )?(?:deal|transaction|contract) (?:value|amount)', '成交额'],
    ],
  },
];
