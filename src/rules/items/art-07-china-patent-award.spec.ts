import { observed } from '../testing/rule-case';
import { ART7_CHINA_CASES } from './art-07-china-patent-award.cases';

describe(`${ART7_CHINA_CASES.rule.id} (art.7)`, () => {
  it.each(ART7_CHINA_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART7_CHINA_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
