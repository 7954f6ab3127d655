import { observed } from '../testing/rule-case';
import { ART15_CASES } from './art-15-ip-service-cluster.cases';

describe(`${ART15_CASES.rule.id} (art.15)`, () => {
  it.each(ART15_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART15_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
