import { observed } from '../testing/rule-case';
import { ART6_WARNING_CASES } from './art-06-ip-early-warning-project.cases';

describe(`${ART6_WARNING_CASES.rule.id} (art.6)`, () => {
  it.each(ART6_WARNING_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART6_WARNING_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
