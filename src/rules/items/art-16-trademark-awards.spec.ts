import { observed } from '../testing/rule-case';
import { ART16_WELL_KNOWN_CASES, ART16_CLUSTER_MARK_CASES } from './art-16-trademark-awards.cases';

describe(`${ART16_WELL_KNOWN_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_WELL_KNOWN_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_WELL_KNOWN_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});

describe(`${ART16_CLUSTER_MARK_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_CLUSTER_MARK_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_CLUSTER_MARK_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
