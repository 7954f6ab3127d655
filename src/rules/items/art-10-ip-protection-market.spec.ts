import { observed } from '../testing/rule-case';
import { ART10_CASES } from './art-10-ip-protection-market.cases';

describe(`${ART10_CASES.rule.id} (art.10)`, () => {
  it.each(ART10_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART10_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
