import { observed } from '../testing/rule-case';
import { ART16_MADRID_CASES, ART16_REGIONAL_CASES, ART16_SINGLE_COUNTRY_CASES } from './art-16-overseas-trademark.cases';

describe(`${ART16_MADRID_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_MADRID_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_MADRID_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});

describe(`${ART16_REGIONAL_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_REGIONAL_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_REGIONAL_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});

describe(`${ART16_SINGLE_COUNTRY_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_SINGLE_COUNTRY_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_SINGLE_COUNTRY_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
