import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.4's awards (say → facts), run by one test. */
export const ART4_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-pledge-loan-interest',
    phrasings: [
      // ipPledgeLoans
      { say: '我们用专利权质押贷了500万，已经按期还清了', facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 5000000, repaidOnTime: true }] } },
      { say: '拿商标做质押，从农商行贷了300w，年利率3.8%', facts: { ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 3000000, loanRatePercent: 3.8 }] } },
      { say: '贷款1000万是混合担保，其中专利质押那部分是600万', facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 10000000, ipPledgedPrincipalYuan: 6000000 }] } },
      { say: '专理质压贷款200万，计息9个月，利息付了6.3万', facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2000000, interestMonths: 9, interestPaidYuan: 63000 }] } },
      {
        say: '有两笔：一笔专利质押800万，一笔商标质押200万，都按时还了',
        facts: {
          ipPledgeLoans: [
            { rightType: '专利权', loanPrincipalYuan: 8000000, repaidOnTime: true },
            { rightType: '商标权', loanPrincipalYuan: 2000000, repaidOnTime: true },
          ],
        },
      },
      { say: '专利质押那笔贷款有一期逾期了', facts: { ipPledgeLoans: [{ rightType: '专利权', repaidOnTime: false }] } },
      { say: '用专利质押贷的款，有没有逾期我也不太清楚，得问财务', gap: '“有没有逾期…不清楚”未读作还款情况不确定，仍按已按期偿还', facts: { ipPledgeLoans: [{ rightType: '专利权', repaymentUncertain: true }] } },
      { say: '著作权质押贷款150万，计息天数是200天', facts: { ipPledgeLoans: [{ rightType: '著作权', loanPrincipalYuan: 1500000, interestDays: 200 }] } },
      { say: '专利的，贷了三百万', gap: '追问质押贷款后的省略答复（“专利的，贷了…”）未读出', asked: 'ipPledgeLoans', facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 3000000 }] } },
      { say: '我们用商标专用权质押借了0.1亿，年利率百分之四，按期还的', facts: { ipPledgeLoans: [{ rightType: '商标权', loanPrincipalYuan: 10000000, loanRatePercent: 4, repaidOnTime: true }] } },
      { say: '没有质押贷款', asked: 'ipPledgeLoans', facts: { ipPledgeLoans: [] } },
      { say: '专利质押贷了半年，本金400万', facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 4000000, interestMonths: 6 }] } },
      { say: '專利權質押貸款250萬，利息一共付了七万五', facts: { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 2500000, interestPaidYuan: 75000 }] } },

      // pledgeLoanSubsidyYear
      { say: '这是2024年内支付的利息，2025年才来申请', facts: { pledgeLoanSubsidyYear: 2024 } },
      { say: '2023年度', asked: 'pledgeLoanSubsidyYear', facts: { pledgeLoanSubsidyYear: 2023 } },
      { say: '想申请2024年度的质押贷款贴息', gap: '“申请X年度的贴息”未读作贴息年度', facts: { pledgeLoanSubsidyYear: 2024 } },
      { say: '利息都是在2023年里付掉的', gap: '“利息在X年里付掉”未读作贴息年度', facts: { pledgeLoanSubsidyYear: 2023 } },

      // lprOneYearPercent
      { say: '上年末一年期LPR按3.45%算', facts: { lprOneYearPercent: 3.45 } },
      { say: '3.1', asked: 'lprOneYearPercent', facts: { lprOneYearPercent: 3.1 } },
      { say: 'LPR用3.65%来算', facts: { lprOneYearPercent: 3.65 } },
      { say: '一年期lpr是百分之三点四五', facts: { lprOneYearPercent: 3.45 } },

      // no facts
      { say: '知识产权质押贷款贴息比例是多少？', facts: {} },
    ],
  },
  {
    ruleId: 'ip-insurance',
    phrasings: [
      { say: '我们买了知识产权保险，保费交了6万', facts: { ipInsurancePremiumYuan: 60000 } },
      { say: '专利保险一年保费1.6w', facts: { ipInsurancePremiumYuan: 16000 } },
      { say: '12万', asked: 'ipInsurancePremiumYuan', facts: { ipInsurancePremiumYuan: 120000 } },
      { say: '今年知识产权保显保费十二万块', facts: { ipInsurancePremiumYuan: 120000 } },
      { say: '知产险的保费二十五万', facts: { ipInsurancePremiumYuan: 250000 } },
      { say: '我們買了知識產權保險，保費8000元', facts: { ipInsurancePremiumYuan: 8000 } },
    ],
  },
  {
    ruleId: 'ip-securitization',
    phrasings: [
      { say: '我们以专利为基础资产公开发了一期ABS，规模2个亿', facts: { ipSecuritizationIssueYuan: 200000000 } },
      { say: '知识产权证券化产品发行规模5000万', facts: { ipSecuritizationIssueYuan: 50000000 } },
      { say: '1.5亿', asked: 'ipSecuritizationIssueYuan', facts: { ipSecuritizationIssueYuan: 150000000 } },
      { say: '我们还没发行过知识产权资产证券化产品', facts: { ipSecuritizationIssueYuan: 0 } },
      { say: '公开发行的知识产权ABS规模是八千万', facts: { ipSecuritizationIssueYuan: 80000000 } },
    ],
  },
];
