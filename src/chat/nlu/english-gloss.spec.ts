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
    expect(glossEnglish('Legal fees were 2.4 million RMB')).toBe('维权代理费 were 240万 元');
    expect(glossEnglish('premium 45,000 yuan')).toBe('保费 45000 元');
  });

  it.each([
    ['We won a patent lawsuit in Japan; lawyer fees were 800k RMB. How much can we get?', {
      foreignPatentSuitCountry: '日本', foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 800_000,
    }],
    ['This year we added 12 high-value invention patents.', { newHighValueInventionPatentsCount: 12 }],
    ['We paid an IP insurance premium of 60,000 yuan.', { ipInsurancePremiumYuan: 60_000 }],
  ])('%s → facts', (text, facts) => expect(extractFacts(glossEnglish(text)).facts).toEqual(facts));
});
