import { TRANSFER_VALUE } from './art-08.lexicon';
import type { RuleLexicon } from '../lexicon/lexicon.types';

/** 第一件实用新型专利: a first patent of another kind. */
// 新授权了一件实用新型: the one patent told is of another kind.
const FIRST_OTHER_PATENT =
  '(?:首件|第一件|头一件|首个|第一个)(?:专利)?(?:是)?(?:实用新型|外观设计|外观)|(?:授权|拿到|获得|获批)(?:了)?(?:一件|1件|一个)(?:专利)?(?:是)?(?:实用新型|外观设计|外观)' +
  // 买的是实用新型: the patent bought is of another kind.
  '|(?:买|购买|受让)(?:的|了)(?:是)?(?:一件)?(?:实用新型|外观设计|外观)';

/** The words of art.9's awards: what says a message is about each. */
export const ART9_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'first-invention-patent',
    // In an art.9 story plain sales words are the first patent's product sales (the enterprise's sales need
    // the enterprise named: art-01.lexicon.ts); a transfer fee is the patent's price, no fact.
    numbers: [
      {
        field: 'firstInventionPatentProductSalesYuan',
        kind: 'yuan',
        only: ['art9'],
        words:
          '(?:用(?:它|这件|该|这个|那件)?(?:专利|发明)?(?:生产|做|制造)?的?)?(?:专利|该|这款|那款|这个)?产品(?:的)?(?:[^，。；0-9]{0,4}?)(?:销售(?:额|收入)?|卖了|销量|营收)(?:是|有|为|达到?了?)?' +
          '|(?:用|靠|凭)(?:它|这件|该|这个|那件)(?:专利|发明)?(?:生产|做|制造)?(?:的)?[^，。；0-9]{0,6}?(?:销售(?:额|收入)?|卖了|销量|营收)(?:是|有|为|达到?了?)?',
      },
      // 今年卖了150万, 公司销售额300万: sales not said to be of the patent's product — perhaps all of them.
      // Kept as a candidate and asked; a yes confirms it.
      {
        field: 'firstInventionPatentProductSalesYuan',
        kind: 'yuan',
        only: ['art9'],
        unconfirmed: true,
        words: '(?<!(?:产品|用它|用这|用该|用那|靠它|靠这|凭它|凭这)[^。]{0,20})(?:(?:年|全年|总)?(?:销售(?:额|收入)?|卖了|销量|营收))(?:是|有|为|达到?了?)?',
      },
      { field: 'sink', kind: 'yuan', only: ['art9'], words: TRANSFER_VALUE },
    ],
    topic: ['首次.{0,10}(发明专利|购买|买)', '(?:第一|首|头一)件发明', '未覆盖发明专利', '没有?(?:任何)?(一件)?发明专利', '一件发明专利都没有', '赶超工程', FIRST_OTHER_PATENT],
    retrieval: { terms: ['赶超工程'], expansions: { '没有发明专利': ['未覆盖发明专利', '首次'], '第一次买专利': ['首次', '购买'], '买专利': ['购买', '未覆盖发明专利'] } },
    english: [
      ['first invention patent|first(?= ?发明)', '首件发明专利'],
      ['(?:had )?no invention patents? (?:at all|before)|never had an invention patent', '之前没有发明专利'],
      ['products? (?:made with it |using it )?sold', '产品销售额'],
      ['bought (?:it )?from', '购买自'],
    ],
    // A first utility model or design patent is no first invention patent.
    lookAlikes: [{ words: FIRST_OTHER_PATENT, field: 'firstInventionPatentSource', what: '首件实用新型或外观设计专利', replaces: true, when: FIRST_OTHER_PATENT }],
  },
];
