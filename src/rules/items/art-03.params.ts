import { amount, defineParams } from '../param';

const PROVINCIAL_AND_NATIONAL = '每家分别奖励50万元、40万元、30万元';

export const ART3 = defineParams('art3', {
  nationalDemonstration: amount(500000, 'art.3.1', PROVINCIAL_AND_NATIONAL, '国家级知识产权示范企业奖励'),
  nationalAdvantage: amount(400000, 'art.3.1', PROVINCIAL_AND_NATIONAL, '国家级知识产权优势企业奖励'),
  provincialDemonstration: amount(300000, 'art.3.1', PROVINCIAL_AND_NATIONAL, '省级知识产权示范企业奖励'),
  cityDemonstration: amount(50000, 'art.3.2', '对新认定的市级知识产权示范企业每家奖励5万', '市级知识产权示范企业奖励'),
});
