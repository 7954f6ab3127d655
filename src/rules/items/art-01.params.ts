import { amount, defineParams, threshold } from '../param';

const AWARDS = '分别给予12万元、8万元和5万元资助';

export const ART1 = defineParams('art1', {
  tier1Award: amount(120000, 'art.1.1', AWARDS, '第一档资助'),
  tier2Award: amount(80000, 'art.1.1', AWARDS, '第二档资助'),
  tier3Award: amount(50000, 'art.1.1', AWARDS, '第三档资助'),
  tier1Patents: threshold(10, 'count', 'art.1.3', '第一档是累计拥有自主研发的有效发明专利不少于10件', '第一档累计有效发明专利下限'),
  tier1Increase: threshold(5, 'count', 'art.1.3', '不少于10件且比上年同比增长5件以上', '第一档同比增量下限'),
  tier2Patents: threshold(5, 'count', 'art.1.3', '第二档是累计拥有自主研发的有效发明专利不少于5件', '第二档累计有效发明专利下限'),
  tier2Increase: threshold(3, 'count', 'art.1.3', '不少于5件且比上年同比增长3件以上', '第二档同比增量下限'),
  tier3Patents: threshold(3, 'count', 'art.1.3', '第三档是累计拥有自主研发的有效发明专利不少于3件', '第三档累计有效发明专利下限'),
  tier3Increase: threshold(2, 'count', 'art.1.3', '不少于3件且比上年同比增长2件以上', '第三档同比增量下限'),
  minSales: threshold(5_000_000, 'yuan', 'art.1.4', '企业年销售收入达到500万元以上', '年销售收入下限'),
  minPatentProductShare: threshold(20, 'percent', 'art.1.4', '占企业当年总收入的比例不低于20%', '专利产品销售收入占比下限'),
  trainingRate: threshold(100, 'percent', 'art.1.5', '当年培训率应达到100%', '知识产权从业人员、研发人员培训率'),
});
