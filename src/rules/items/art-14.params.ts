import { amount, defineParams, threshold } from '../param';

export const ART14 = defineParams('art14', {
  minMonths: threshold(12, 'months', 'art.14', '运作满一年', '在金东区运作时间下限（满一年）'),
  minGrants: threshold(50, 'count', 'art.14', '代理专利授权总量达到50件以上', '代理专利授权总量下限'),
  minInventionGrants: threshold(10, 'count', 'art.14', '其中发明专利10件以上', '其中发明专利下限'),
  award: amount(50000, 'art.14', '给予一次性5万元的落户奖励经费', '知识产权服务机构落户奖励'),
});
