import { cap, defineParams, rate } from '../param';

export const ART4 = defineParams('art4', {
  pledgeLprShare: rate(80, 'art.4.1', '不高于上年末一年期贷款LPR利率80%的贴息补助', '贴息率上限（上年末一年期LPR的比例）'),
  pledgeCapPerRightType: cap(300000, 'art.4.1', '单个企业每种权项质押每年最高补助30万元', '每种权项质押每年贴息上限'),
  insuranceRate: rate(50, 'art.4.2', '按年度保费的50%予以补助', '知识产权保险保费补助比例'),
  insuranceCap: cap(100000, 'art.4.2', '单个企业每年最高补助10万元', '知识产权保险每年补助上限'),
  securitizationRate: rate(5, 'art.4.3', '奖励金额为发行规模的5%', '资产证券化奖励比例'),
  securitizationCap: cap(5_000_000, 'art.4.3', '最高不超过500万元', '资产证券化奖励上限'),
});

export const ART4_CITY_POLICY = { docNo: '金委科领〔2022〕1号', quote: '（金委科领〔2022〕1号）规定' } as const;
