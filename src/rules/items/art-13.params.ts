import { cap, defineParams, rate } from '../param';

export const ART13 = defineParams('art13', {
  domesticRate: rate(20, 'art.13', '按照司法判赔金额的20%予以补助', '国内专利维权补助比例'),
  domesticCap: cap(50000, 'art.13', '最高不超过5万元', '国内专利维权补助上限'),
  foreignRate: rate(25, 'art.13', '按其维权代理费的25%予以补助', '国外专利维权补助比例'),
  foreignCapUsJapanEu: cap(300000, 'art.13', '美国、日本、欧盟国家最高不超过30万元', '美国、日本、欧盟国家维权补助上限'),
  foreignCapOther: cap(150000, 'art.13', '其他国家最高不超过15万元', '其他国家维权补助上限'),
});
