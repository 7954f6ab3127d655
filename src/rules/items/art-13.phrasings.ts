import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.13's awards (say → facts), run by one test. */
export const ART13_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'patent-litigation-domestic',
    phrasings: [
      { say: '我们在杭州中院打专利侵权官司赢了，判赔40万', facts: { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 400000 } },
      { say: '专利维权官司胜诉了，法院判对方赔我们八十万', facts: { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 800000 } },
      { say: '我们在香港起诉对方专利侵权，赢了', facts: { domesticPatentSuitWon: true } },
      { say: '国内那个专利诉讼我们败诉了', facts: { domesticPatentSuitWon: false } },
      { say: '判了12万', asked: 'domesticPatentDamagesYuan', facts: { domesticPatentDamagesYuan: 120000 } },
      { say: '赢了', asked: 'domesticPatentSuitWon', facts: { domesticPatentSuitWon: true } },
      { say: '判赔金额是25万，那个专利案我们胜诉', facts: { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 250000 } },
      { say: '在臺灣打的專利官司勝訴了，判賠30萬', facts: { domesticPatentSuitWon: true, domesticPatentDamagesYuan: 300000 } },
    ],
  },
  {
    ruleId: 'patent-litigation-abroad',
    phrasings: [
      { say: '我们在美国被起诉专利侵权，最后判我们不侵权，代理费花了80万', facts: { foreignPatentSuitCountry: '美国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800000 } },
      { say: '在德国起诉对方专利侵权，法院最终判侵权成立', facts: { foreignPatentSuitCountry: '德国', foreignPatentSuitFavourable: true } },
      { say: '美国', asked: 'foreignPatentSuitCountry', facts: { foreignPatentSuitCountry: '美国' } },
      { say: '日本那边告人家专利侵权的官司最后输了', facts: { foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: false } },
      { say: '国外专利诉讼的律师代理费一共120万', facts: { foreignPatentSuitAgencyFeesYuan: 1200000 } },
      { say: '50万', asked: 'foreignPatentSuitAgencyFeesYuan', facts: { foreignPatentSuitAgencyFeesYuan: 500000 } },
      { say: '在韩国打专利侵权诉讼，最终胜诉，代理费40w', facts: { foreignPatentSuitCountry: '韩国', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 400000 } },
      { say: '在印度被人告专利侵权，最终判侵权成立，我们败了', facts: { foreignPatentSuitCountry: '印度', foreignPatentSuitFavourable: false } },
      { say: '最终判定不侵权', gap: '作为被告“判定不侵权”的答复被读作不利结果', asked: 'foreignPatentSuitFavourable', facts: { foreignPatentSuitFavourable: true } },
      { say: '国外专利维权补助最高多少？', facts: {} },
    ],
  },
];
