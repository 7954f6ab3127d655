import { observed } from '../testing/rule-case';
import { ART9_CASES } from './art-09-first-invention-patent.cases';

describe(`${ART9_CASES.rule.id} (art.9)`, () => {
  it.each(ART9_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART9_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
