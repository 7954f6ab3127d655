import { observed } from '../testing/rule-case';
import { ART8_CASES } from './art-08-patent-transfer.cases';

describe(`${ART8_CASES.rule.id} (art.8)`, () => {
  it.each(ART8_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART8_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
