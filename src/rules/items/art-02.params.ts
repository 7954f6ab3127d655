import { amount, defineParams, threshold } from '../param';

export const ART2 = defineParams('art2', {
  tier1Patents: threshold(10, 'count', 'art.2', '对当年新增高价值发明专利10件以上的', '新增高价值发明专利第一级门槛'),
  tier1Award: amount(200000, 'art.2', '每家奖励20万元', '新增10件以上奖励'),
  tier2Patents: threshold(30, 'count', 'art.2', '对当年新增高价值发明专利30件以上的', '新增高价值发明专利第二级门槛'),
  tier2Award: amount(600000, 'art.2', '每家奖励60万元', '新增30件以上奖励'),
  tier3Patents: threshold(50, 'count', 'art.2', '对当年新增高价值发明专利50件以上的', '新增高价值发明专利第三级门槛'),
  tier3Award: amount(1_000_000, 'art.2', '每家奖励100万元', '新增50件以上奖励'),
});
