import { observed } from '../testing/rule-case';
import { ART4_INSURANCE_CASES } from './art-04-ip-insurance.cases';

describe('ip-insurance (art.4)', () => {
  it.each(ART4_INSURANCE_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART4_INSURANCE_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
