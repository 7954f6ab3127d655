import { observed } from '../testing/rule-case';
import { ART7_ZHEJIANG_CASES } from './art-07-zhejiang-ip-award.cases';

describe(`${ART7_ZHEJIANG_CASES.rule.id} (art.7)`, () => {
  it.each(ART7_ZHEJIANG_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART7_ZHEJIANG_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
