import { observed } from '../testing/rule-case';
import { ART5_CASES } from './art-05-ip-alliance.cases';

describe(`${ART5_CASES.rule.id} (art.5)`, () => {
  it.each(ART5_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART5_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
