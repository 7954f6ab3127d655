import { observed } from '../testing/rule-case';
import { ART14_CASES } from './art-14-ip-agency-settlement.cases';

describe(`${ART14_CASES.rule.id} (art.14)`, () => {
  it.each(ART14_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART14_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
