import { RuleCases } from '../testing/rule-case';
import { chinaPatentAward } from './art-07-china-patent-award.rule';

const a = (...awards: string[]) => ({ newChinaPatentAwards: awards });

export const ART7_CHINA_CASES: RuleCases = {
  rule: chinaPatentAward,
  cases: [
    { name: '金奖 10万元', facts: a('金奖'), status: 'eligible', amountYuan: 100000 },
    { name: '银奖 8万元', facts: a('银奖'), status: 'eligible', amountYuan: 80000 },
    { name: '优秀奖 5万元', facts: a('优秀奖'), status: 'eligible', amountYuan: 50000 },
    // two patents: 金奖 10万 + 优秀奖 2 × 5万 = 20万
    { name: '多项分别计算', facts: a('优秀奖', '金奖', '优秀奖'), status: 'eligible', amountYuan: 200000, mentions: ['10万元 + 10万元 = 20万元'] },
    { name: '没有获奖', facts: a(), status: 'ineligible', amountYuan: 0 },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newChinaPatentAwards'] },
  ],
};
