import { observed } from '../testing/rule-case';
import { ART12_STATION_CASES } from './art-12-trade-secret-station.cases';

describe(`${ART12_STATION_CASES.rule.id} (art.12)`, () => {
  it.each(ART12_STATION_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART12_STATION_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
