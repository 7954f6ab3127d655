import { amount, defineParams } from '../param';

const QUOTE = '分别给予一次性100万元/家、50万元/家奖励';

export const ART15 = defineParams('art15', {
  national: amount(1_000_000, 'art.15', QUOTE, '国家级知识产权服务业集聚发展示范区奖励'),
  provincial: amount(500000, 'art.15', QUOTE, '省级知识产权服务业集聚发展示范区奖励'),
});
