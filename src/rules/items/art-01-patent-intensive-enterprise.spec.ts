import { observed } from '../testing/rule-case';
import { ART1_CASES } from './art-01-patent-intensive-enterprise.cases';

describe('patent-intensive-enterprise (art.1)', () => {
  it.each(ART1_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART1_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
