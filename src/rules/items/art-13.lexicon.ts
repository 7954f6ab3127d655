import type { RuleLexicon } from '../lexicon/lexicon.types';
import { DOMESTIC_REGIONS, FOREIGN_PLACE_SOURCE } from '../countries';

/** Damages a court awarded (判赔): art.13's domestic figure; abroad or in a settlement, no fact. */
const DAMAGES = '判赔|判决赔偿|(?:获得)?赔偿(?:金额|款)?|赔了|获赔|判(?:了)?(?:对方|被告)?赔(?:偿)?(?:我们|我方)?(?:了)?';
/** The agency or lawyer fees of a suit: art.13's figure abroad; at home, no fact. */
// 代理费折人民币80万: the fee told in yuan after 折.
const AGENCY_FEES = '(?:维权)?(?:代理费|律师费|代理律师费|律师代理费)(?:用)?(?:花了|付了|是|为|一共)?(?:折(?:合|算)?(?:成)?(?:人民币)?(?:约|大约)?)?';

/** A patent suit abroad in the words users write it, simplified and traditional. */
const SUIT_ABROAD = '官司|诉讼|訴訟|起诉|起訴|被告|应诉|應訴|代理费|代理費|律师费|律師費|侵权|侵權|维权|維權';

/** A non-patent suit counts as art.13's look-alike wherever a suit's result or money is told (判赔, 胜诉), not only beside 专利. */
/** Suits over other rights: art.13 pays patent suits only. */
const NON_PATENT_SUIT = '商标(?:侵权)?(?:官司|诉讼|纠纷|案子?|维权)|商标侵权|著作权(?:侵权)?(?:官司|诉讼|纠纷|维权)?|版权(?:侵权)?(?:官司|诉讼|纠纷|维权)?|不正当竞争';
const NON_PATENT_SUIT_WHEN = '判赔|赔偿|胜诉|败诉|官司|诉讼|起诉|应诉|维权|代理费|律师费';

/** The words of art.13's awards: what says a message is about each. */
export const ART13_LEXICONS: readonly RuleLexicon[] = [
  {
    ruleId: 'patent-litigation-domestic',
    numbers: [
      { field: 'domesticPatentDamagesYuan', kind: 'yuan', not: ['foreignSuit', 'settled'], words: DAMAGES },
      { field: 'sink', kind: 'yuan', only: ['foreignSuit', 'settled'], words: DAMAGES },
      { field: 'sink', kind: 'yuan', not: ['foreignSuit'], words: AGENCY_FEES },
    ],
    topic: [
      `(国内|${DOMESTIC_REGIONS.join('|')}|法院).{0,20}(胜诉|判赔|赔偿|官司|诉讼|维权)`,
      '(胜诉|判赔|赔偿|打赢|赢了).{0,20}(专利|官司)',
      '专利.{0,8}(官司|诉讼|维权)',
    ],
    retrieval: { terms: ['判赔金额', '打官司'], synonyms: [['维权', '打官司', '官司', '起诉', '诉讼', '告', '打赢', '胜诉', '赢', '维权胜诉']], expansions: { '官司': ['司法途径', '胜诉', '侵权诉讼'], '赔偿': ['判赔金额', '司法途径'], '侵权': ['专利维权', '侵权'] } },
    english: [
      ['(?:court )?(?:awarded|ordered) (?:us )?(?:damages|compensation) of', '判赔'],
      // awarded us RMB 2.5 million in damages: the damages, after the figure.
      ['(?:awarded|granted)(?: us)? ([^,.;]{1,24}?) in (?:damages|compensation)', '判赔$1'],
      ['domestic patent (?:case|suit|lawsuit|litigation)', '国内专利维权'],
      ['(?:hong kong|macau|macao|taiwan)', '港澳台'],
      ['(?:domestic(?:ally)?|in china|chinese court)', '国内'],
      ['damages (?:awarded|of)|compensation (?:awarded|of)|awarded damages', '判赔'],
    ],
    // Trademark and copyright suits are not the patent suits art.13 pays.
    lookAlikes: [
      { words: NON_PATENT_SUIT, field: 'domesticPatentSuitWon', what: '商标、著作权等非专利纠纷', replaces: true, when: NON_PATENT_SUIT_WHEN },
      // The damages of such a suit are not a patent suit's either.
      { words: NON_PATENT_SUIT, field: 'domesticPatentDamagesYuan', what: '商标、著作权等非专利纠纷', replaces: true, when: NON_PATENT_SUIT_WHEN },
    ],
  },
  {
    ruleId: 'patent-litigation-abroad',
    numbers: [{ field: 'foreignPatentSuitAgencyFeesYuan', kind: 'yuan', only: ['foreignSuit'], words: AGENCY_FEES }],
    // Any foreign country, place or court of the shared lexicon (泰国, 美國, 加州, USA, 慕尼黑), before the suit
    // or after it within the clause (官司是在泰国打的). The lexicon's pattern appears once: twice made the
    // expression too large for V8 to optimise.
    topic: [
      `(?:国外|海外|境外|國外|${FOREIGN_PLACE_SOURCE})(?:(?=.{0,20}(?:${SUIT_ABROAD}))|(?<=(?:${SUIT_ABROAD})[^，。,；;！？!?]{0,30}))`,
    ],
    retrieval: { terms: ['代理费'], expansions: { '律师费': ['维权代理费'] } },
    english: [
      ['(?:we )?(?:were|was|got) sued', '被诉'],
      ['(?<!(?:were|was|got|been|being) )sued (?:them |the infringer |a competitor )?for', '起诉对方'],
      ['sued', '起诉'],
      ['no infringement|non[- ]infringement|not infring(?:ing|ed)', '不侵权'],
      ['infringement (?:was )?(?:established|found|confirmed)|found (?:infringement|that they infringed)', '侵权成立'],
      ['(?<!(?:were|was|got|been|being) )sued (?:them |the infringer |a competitor )?for', '起诉对方'],
      ['final (?:ruling|judgment|judgement|decision)', '终审判决'],
      ["(?:attorney|legal|lawyer|lawyers'|agency) fees?", '维权代理费'],
    ],
    lookAlikes: [{ words: NON_PATENT_SUIT, field: 'foreignPatentSuitFavourable', what: '商标、著作权等非专利纠纷', replaces: true, when: NON_PATENT_SUIT_WHEN }],
  },
];
