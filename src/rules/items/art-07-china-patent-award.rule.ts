import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART7 } from './art-07.params';
import { awardList } from './award-list';

export const chinaPatentAward = defineRule(['newChinaPatentAwards'], {
  id: 'china-patent-award',
  oneOff: { clauseId: 'art.7', quote: '分别给予一次性奖励10万元、8万元和5万元' },
  applicants: { kinds: ['单位'], clauseId: 'art.7', quote: '新获中国专利（外观设计专利）奖金奖、银奖、优秀奖' },
  title: '中国专利奖配套奖励',
  clauseId: 'art.7',
  params: [ART7.chinaGold, ART7.chinaSilver, ART7.chinaExcellence],
  assumptions: [
    '“中国专利（外观设计专利）奖”理解为中国专利奖，含中国外观设计专利奖，金奖、银奖、优秀奖分别为10万元、8万元、5万元。',
    '每获一项奖励一次；同一年度获得多项（不同专利）的分别计算后相加，同一项专利不按两个等次重复奖励。',
  ],
  evaluate: (f) =>
    awardList(
      { clauseId: 'art.7', label: '新获中国专利奖', prefix: '中国专利奖', none: '当年未新获中国专利奖' },
      fact(f, 'newChinaPatentAwards'),
      { 金奖: ART7.chinaGold, 银奖: ART7.chinaSilver, 优秀奖: ART7.chinaExcellence },
    ),
});
