import { observed } from '../testing/rule-case';
import { ART13_ABROAD_CASES } from './art-13-patent-litigation-abroad.cases';

describe(`${ART13_ABROAD_CASES.rule.id} (art.13)`, () => {
  it.each(ART13_ABROAD_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART13_ABROAD_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
