import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.1's awards (say → facts), run by one test. */
export const ART1_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'patent-intensive-enterprise',
    phrasings: [
      // ipManagementStandardCertified
      { say: '我们公司去年就通过了企业知识产权管理规范的贯标认证，一直在贯彻执行', facts: { organizationType: '企业', ipManagementStandardCertified: true } },
      { say: '惯标认证还没做，打算明年搞', facts: { ipManagementStandardCertified: false } },
      { say: '我们已经通过GB/T 29490认证了', facts: { ipManagementStandardCertified: true } },
      { say: '是的，过了', asked: 'ipManagementStandardCertified', facts: { ipManagementStandardCertified: true } },
      { say: '企业知识产权管理规范国标认证我们没通过', facts: { ipManagementStandardCertified: false } },
      { say: '貫標認證已經通過了', facts: { ipManagementStandardCertified: true } },

      // selfDevelopedInventionPatentsCount / selfDevelopedInventionPatentsLastYearCount
      { say: '我们现在自主研发的有效发明专利有12件，去年底是6件', facts: { selfDevelopedInventionPatentsCount: 12, selfDevelopedInventionPatentsLastYearCount: 6 } },
      { say: '有效发明专理累计15件，比上年末多了5件', facts: { selfDevelopedInventionPatentsCount: 15, selfDevelopedInventionPatentsLastYearCount: 10 } },
      { say: '去年年底我们有效发明专利8件，今年年底到了十一件', gap: '上年末与当年末存量在同一句时，上年末的8件未读出', facts: { selfDevelopedInventionPatentsCount: 11, selfDevelopedInventionPatentsLastYearCount: 8 } },
      { say: '自己研发的发明专利一共二十件，都还有效', facts: { selfDevelopedInventionPatentsCount: 20 } },
      { say: '7件', asked: 'selfDevelopedInventionPatentsCount', facts: { selfDevelopedInventionPatentsCount: 7 } },
      { say: '去年底是4件', asked: 'selfDevelopedInventionPatentsLastYearCount', facts: { selfDevelopedInventionPatentsLastYearCount: 4 } },
      { say: '上年末我们有效的自主发明专利只有3件', gap: '“上年末”与件数之间隔着修饰语时未读作上年末存量', facts: { selfDevelopedInventionPatentsLastYearCount: 3 } },
      { say: '我們公司自主研發的有效發明專利有9件', facts: { selfDevelopedInventionPatentsCount: 9 } },

      // annualSalesYuan
      { say: '年销售收入2600w', facts: { annualSalesYuan: 26000000 } },
      { say: '公司一年营收0.35亿', facts: { annualSalesYuan: 35000000 } },
      { say: '今年销售额一千二百万', facts: { annualSalesYuan: 12000000 } },
      { say: '八百万', asked: 'annualSalesYuan', facts: { annualSalesYuan: 8000000 } },
      { say: '我们小公司，年销售才450万', facts: { annualSalesYuan: 4500000 } },

      // patentProductSalesPercent
      { say: '专利产品的收入占总收入35%', facts: { patentProductSalesPercent: 35 } },
      { say: '专利产品销售占了三成', facts: { patentProductSalesPercent: 30 } },
      { say: '百分之二十五', asked: 'patentProductSalesPercent', facts: { patentProductSalesPercent: 25 } },
      { say: '专利产品占比只有15%，大头还是老产品', facts: { patentProductSalesPercent: 15 } },
      { say: '年营业收入1.2亿，专利产品销售占40%', facts: { annualSalesYuan: 120000000, patentProductSalesPercent: 40 } },

      // ipStaffTrainingRatePercent
      { say: '知识产权人员和研发人员今年培训率100%', facts: { ipStaffTrainingRatePercent: 100 } },
      { say: '知识产权和研发人员培训率只有八成', facts: { ipStaffTrainingRatePercent: 80 } },
      { say: '培训率90%', asked: 'ipStaffTrainingRatePercent', facts: { ipStaffTrainingRatePercent: 90 } },
      { say: '今年的知产培训，研发和知识产权岗位的人全都参加了，培训率百分百', facts: { ipStaffTrainingRatePercent: 100 } },

      // several at once
      {
        say: '我们在金东，贯标过了，有效发明专利12件（去年底7件），年销售5000万，专利产品占30%，培训率100%',
        facts: {
          locatedInJindong: true,
          ipManagementStandardCertified: true,
          selfDevelopedInventionPatentsCount: 12,
          selfDevelopedInventionPatentsLastYearCount: 7,
          annualSalesYuan: 50000000,
          patentProductSalesPercent: 30,
          ipStaffTrainingRatePercent: 100,
        },
      },
      {
        say: '专利产品销售收入占比60%，年销售1500w，公司在婺城区',
        facts: { patentProductSalesPercent: 60, annualSalesYuan: 15000000, locatedInJindong: false },
      },

      // no facts
      { say: '专利密集型企业第一档能拿多少钱？', facts: {} },
    ],
  },
];
