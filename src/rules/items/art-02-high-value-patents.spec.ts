import { observed } from '../testing/rule-case';
import { ART2_CASES } from './art-02-high-value-patents.cases';

describe('high-value-patents (art.2)', () => {
  it.each(ART2_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART2_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
