import { amount, defineParams } from '../param';

export const ART5 = defineParams('art5', {
  award: amount(200000, 'art.5', '奖励20万元', '知识产权联盟备案奖励'),
});
