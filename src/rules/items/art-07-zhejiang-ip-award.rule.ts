import { defineRule } from '../define-rule';
import { fact } from '../profile.schema';
import { ART7 } from './art-07.params';
import { awardList } from './award-list';

export const zhejiangIpAward = defineRule(['newZhejiangIpAwards'], {
  id: 'zhejiang-ip-award',
  oneOff: { clauseId: 'art.7', quote: '给予一次性奖励100万元' },
  applicants: { kinds: ['单位'], clauseId: 'art.7', quote: '新获省级知识产权奖（大奖）的' },
  title: '浙江省知识产权奖配套奖励',
  clauseId: 'art.7',
  params: [ART7.zhejiangGrand, ART7.zhejiangFirst, ART7.zhejiangSecond, ART7.zhejiangThird],
  assumptions: [
    '“省级知识产权奖”理解为浙江省知识产权奖：大奖100万元；门类奖（专利奖、商标奖）一、二、三等奖分别为10万元、5万元、3万元。',
    '每获一项奖励一次；同一年度获得多项的分别计算后相加。',
  ],
  evaluate: (f) =>
    awardList(
      { clauseId: 'art.7', label: '新获浙江省知识产权奖', prefix: '浙江省知识产权奖', none: '当年未新获浙江省知识产权奖' },
      fact(f, 'newZhejiangIpAwards'),
      { 省知识产权奖大奖: ART7.zhejiangGrand, 门类奖一等奖: ART7.zhejiangFirst, 门类奖二等奖: ART7.zhejiangSecond, 门类奖三等奖: ART7.zhejiangThird },
    ),
});
