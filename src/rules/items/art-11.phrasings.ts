import type { RulePhrasings } from '../lexicon/lexicon.types';

/** How people state the facts of art.11's awards (say → facts), run by one test. */
export const ART11_PHRASINGS: readonly RulePhrasings[] = [
  {
    ruleId: 'ip-rights-station',
    phrasings: [
      { say: '我们的维权站点今年考核合格了', facts: { ipRightsStationAssessmentPassed: true } },
      { say: '维权站今年年度考核没通过', facts: { ipRightsStationAssessmentPassed: false } },
      { say: '我们有三个维权站点，今年都考核合格', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationsPassedCount: 3 } },
      { say: '两个', asked: 'ipRightsStationsPassedCount', facts: { ipRightsStationsPassedCount: 2 } },
      { say: '维权工作站连续三年考核都合格了，总共能拿多少', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationYearsCount: 3 } },
      { say: '站点2023年、2024年考核均合格', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationYearsCount: 2 } },
      { say: '合格了', asked: 'ipRightsStationAssessmentPassed', facts: { ipRightsStationAssessmentPassed: true } },
      { say: '两个维权工作站年度考核都过了', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationsPassedCount: 2 } },
      { say: '今年4个维权站点考核合格', facts: { ipRightsStationAssessmentPassed: true, ipRightsStationsPassedCount: 4 } },
      { say: '維權站點今年考核不合格', facts: { ipRightsStationAssessmentPassed: false } },
    ],
  },
];
