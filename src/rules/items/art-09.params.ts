import { amount, defineParams, threshold } from '../param';

export const ART9 = defineParams('art9', {
  minSales: threshold(1_000_000, 'yuan', 'art.9', '用于生产产品年度销售额超过100万', '产品年度销售额门槛（须超过）'),
  award: amount(20000, 'art.9', '一次性资助2万元', '首件发明专利产业化资助'),
});
