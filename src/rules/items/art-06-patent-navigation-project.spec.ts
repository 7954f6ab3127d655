import { observed } from '../testing/rule-case';
import { ART6_NAVIGATION_CASES } from './art-06-patent-navigation-project.cases';

describe(`${ART6_NAVIGATION_CASES.rule.id} (art.6)`, () => {
  it.each(ART6_NAVIGATION_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART6_NAVIGATION_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
