import { observed } from '../testing/rule-case';
import { ART4_SECURITIZATION_CASES } from './art-04-ip-securitization.cases';

describe('ip-securitization (art.4)', () => {
  it.each(ART4_SECURITIZATION_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART4_SECURITIZATION_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
