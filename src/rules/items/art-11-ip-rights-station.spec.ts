import { observed } from '../testing/rule-case';
import { ART11_CASES } from './art-11-ip-rights-station.cases';

describe(`${ART11_CASES.rule.id} (art.11)`, () => {
  it.each(ART11_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART11_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
