import { observed } from '../testing/rule-case';
import { ART12_ZONE_CASES } from './art-12-trade-secret-zone.cases';

describe(`${ART12_ZONE_CASES.rule.id} (art.12)`, () => {
  it.each(ART12_ZONE_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART12_ZONE_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
