import { observed } from '../testing/rule-case';
import { ART13_DOMESTIC_CASES } from './art-13-patent-litigation-domestic.cases';

describe(`${ART13_DOMESTIC_CASES.rule.id} (art.13)`, () => {
  it.each(ART13_DOMESTIC_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART13_DOMESTIC_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
