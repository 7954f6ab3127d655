import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.8's awards (say → facts), run by one test. */
export const ART8_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'patent-transfer',
    phrasings: [
      { say: '我们学校今年向金东区18家企业转让或许可了专利，成交额一共600万', facts: { organizationType: '高校', patentTransferLicenseeCount: 18, patentTransferValueYuan: 6000000 } },
      { say: '我们研究院今年给区内16家企业做了专利许可', facts: { organizationType: '科研机构', patentTransferLicenseeCount: 16 } },
      { say: '专利转让实际成交金额合计420万元', facts: { patentTransferValueYuan: 4200000 } },
      { say: '15家', asked: 'patentTransferLicenseeCount', facts: { patentTransferLicenseeCount: 15 } },
      { say: '一千万', asked: 'patentTransferValueYuan', facts: { patentTransferValueYuan: 10000000 } },
      { say: '今年专利转让给了金东的12家企业，总共成交0.08亿', facts: { patentTransferLicenseeCount: 12, patentTransferValueYuan: 8000000 } },
      { say: '我们是金东区的高校，今年专理许可了二十家区内企业', facts: { organizationType: '高校', locatedInJindong: true, patentTransferLicenseeCount: 20 } },
      { say: '專利轉讓成交額今年是380萬', facts: { patentTransferValueYuan: 3800000 } },
    ],
  },
];
