import { RuleCases } from '../testing/rule-case';
import { zhejiangIpAward } from './art-07-zhejiang-ip-award.rule';

const a = (...awards: string[]) => ({ newZhejiangIpAwards: awards });

export const ART7_ZHEJIANG_CASES: RuleCases = {
  rule: zhejiangIpAward,
  cases: [
    { name: '大奖 100万元', facts: a('省知识产权奖大奖'), status: 'eligible', amountYuan: 1_000_000 },
    { name: '一等奖 10万元', facts: a('门类奖一等奖'), status: 'eligible', amountYuan: 100000 },
    { name: '二等奖 5万元', facts: a('门类奖二等奖'), status: 'eligible', amountYuan: 50000 },
    { name: '三等奖 3万元', facts: a('门类奖三等奖'), status: 'eligible', amountYuan: 30000 },
    // 专利奖一等奖 10万 + 商标奖三等奖 3万 = 13万
    { name: '两个门类各获一项', facts: a('门类奖一等奖', '门类奖三等奖'), status: 'eligible', amountYuan: 130000 },
    { name: '没有获奖', facts: a(), status: 'ineligible', amountYuan: 0, mentions: ['当年未新获浙江省知识产权奖'] },
    { name: '未知', facts: {}, status: 'needs-info', amountYuan: 0, needs: ['newZhejiangIpAwards'] },
  ],
};
