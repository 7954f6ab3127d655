import { cap, defineParams, rate, threshold } from '../param';

export const ART8 = defineParams('art8', {
  minLicensees: threshold(15, 'count', 'art.8', '年度累计达15家（含）以上', '年度累计受让（被许可）企业家数下限'),
  rate: rate(5, 'art.8', '按实际成交金额的5%给予奖励', '专利转移转化奖励比例'),
  cap: cap(500000, 'art.8', '每家高校、科研机构每年最高奖励50万元', '每家高校、科研机构每年奖励上限'),
});
