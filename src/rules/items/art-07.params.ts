import { amount, defineParams } from '../param';

const CHINA = '新获中国专利（外观设计专利）奖金奖、银奖、优秀奖，分别给予一次性奖励10万元、8万元和5万元';
const CATEGORY = '一等奖、二等奖、三等奖的分别给予一次性奖励10万元、5万元、3万元';

export const ART7 = defineParams('art7', {
  chinaGold: amount(100000, 'art.7', CHINA, '中国专利奖金奖'),
  chinaSilver: amount(80000, 'art.7', CHINA, '中国专利奖银奖'),
  chinaExcellence: amount(50000, 'art.7', CHINA, '中国专利奖优秀奖'),
  zhejiangGrand: amount(1_000_000, 'art.7', '新获省级知识产权奖（大奖）的，给予一次性奖励100万元', '浙江省知识产权奖大奖'),
  zhejiangFirst: amount(100000, 'art.7', CATEGORY, '浙江省知识产权奖门类奖一等奖'),
  zhejiangSecond: amount(50000, 'art.7', CATEGORY, '浙江省知识产权奖门类奖二等奖'),
  zhejiangThird: amount(30000, 'art.7', CATEGORY, '浙江省知识产权奖门类奖三等奖'),
});
