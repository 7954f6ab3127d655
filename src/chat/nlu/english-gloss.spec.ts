import { extractFacts } from './fact-extractor';
import { glossEnglish, isEnglish } from './english-gloss';

describe('english gloss', () => {
  it.each([
    ['Our company got 40 new high-value invention patents this year, how much is the award?', true],
    ['我们有3件PCT专利', false],
    ['OK', false],
    ['马德里注册费 1.8w，Madrid', false],
  ])('%s is English: %s', (text, yes) => expect(isEnglish(text)).toBe(yes));

  it('glosses the domain words and amounts into what the readers understand', () => {
    // Amounts in Chinese order (the currency after the figure), counts with their counter.
    expect(glossEnglish('Legal fees were 2.4 million RMB')).toBe('维权代理费 是 240万元');
    expect(glossEnglish('premium 45,000 yuan')).toBe('保费 45000元');
    expect(glossEnglish('RMB 800k')).toBe('800000元');
    expect(glossEnglish('two provincial early-warning projects')).toBe('2项省级 知识产权预警分析项目');
    // us the pronoun is no country; US the abbreviation is.
    expect(glossEnglish('tell us')).not.toContain('美国');
    expect(glossEnglish('sued in the US')).toContain('美国');
  });

  it.each([
    ['We won a patent lawsuit in Japan; lawyer fees were 800k RMB. How much can we get?', {
      foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000,
    }],
    ['This year we added 12 high-value invention patents.', { newHighValueInventionPatentsCount: 12 }],
    ['We paid an IP insurance premium of 60,000 yuan.', { ipInsurancePremiumYuan: 60_000 }],
    // Each award's English words live beside it (its lexicon's `english`).
    ['We were sued in Brazil for patent infringement; final ruling: no infringement. Lawyer fee RMB 800k.', {
      foreignPatentSuitCountry: '巴西', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000,
    }],
    ['This year we undertook two provincial IP early-warning analysis projects.', { newIpEarlyWarningProjectsCount: 2 }],
    ['Our patent won the China Patent Silver Award this year.', { newChinaPatentAwards: ['银奖'] }],
    ['We registered our trademarks separately in 3 countries this year.', { singleCountryTrademarkCountries: 3 }],
    ['Our IP protection station passed the annual assessment.', { ipRightsStationAssessmentPassed: true }],
    // One award's words must not swallow another's (granted belongs to no single award).
    ['This year we got 32 new high-value invention patents granted.', { newHighValueInventionPatentsCount: 32 }],
    // Borrowed against patents, a part secured by a pledge, a project in the singular, suing for infringement.
    ['We borrowed RMB 20 million against our patents in 2025 for 12 months and repaid on schedule.', { ipPledgeLoans: [{ rightType: '专利权', loanPrincipalYuan: 20_000_000, ipPledgedPrincipalYuan: 20_000_000, interestMonths: 12, repaidOnTime: true }] }],
    ['We newly took on a city-level IP early-warning analysis project.', { newIpEarlyWarningProjectsCount: 1 }],
    ['Our branch in Jindong has operated for 14 months; it has 60 granted patents as agent, 12 of which are invention patents.', { locatedInJindong: true, agencyOperatingMonths: 14, agencyPatentGrantsCount: 60, agencyInventionPatentGrantsCount: 12 }],
    ['Our industrial cluster was newly built into a provincial trade-secret protection demonstration zone.', { newTradeSecretZones: ['省级商业秘密保护示范区'] }],
    ['We sued them for patent infringement in Japan and the final judgment found infringement. Attorney fees RMB 600k.', { foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 600_000 }],
  ])('%s → facts', (text, facts) => expect(extractFacts(glossEnglish(text)).facts).toEqual(facts));
});
