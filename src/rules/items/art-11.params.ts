import { amount, defineParams } from '../param';

export const ART11 = defineParams('art11', {
  award: amount(30000, 'art.11', '每年给予3万元奖励', '维权站点年度考核合格奖励'),
});
