import { amount, defineParams } from '../param';

const QUOTE = '每家分别给予一次性奖励10万元、8万元';

export const ART10 = defineParams('art10', {
  national: amount(100000, 'art.10', QUOTE, '国家级知识产权保护规范化市场奖励'),
  provincial: amount(80000, 'art.10', QUOTE, '省级知识产权保护规范化市场奖励'),
});
