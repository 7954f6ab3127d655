import { amount, defineParams, unitAmount } from '../param';

export const ART6 = defineParams('art6', {
  provincialCityNavigation: amount(100000, 'art.6.2', '给予10万元/家的配套补助', '省级、市级专利导航项目配套补助'),
  districtNavigation: amount(80000, 'art.6.3', '给予8万元/家的补助', '区级专利导航项目补助'),
  earlyWarningPerProject: unitAmount(200000, 'art.6.4', '每项奖励20万元', '市级以上知识产权预警分析项目每项奖励'),
});
