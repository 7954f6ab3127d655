import { observed } from '../testing/rule-case';
import { ART16_GI_CASES, ART16_BRAND_STATION_CASES, ART16_GREEN_CASES, ART16_ZHEJIANG_MADE_CASES } from './art-16-brand-standards.cases';

describe(`${ART16_GI_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_GI_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_GI_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});

describe(`${ART16_BRAND_STATION_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_BRAND_STATION_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_BRAND_STATION_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});

describe(`${ART16_GREEN_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_GREEN_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_GREEN_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});

describe(`${ART16_ZHEJIANG_MADE_CASES.rule.id} (art.16)`, () => {
  it.each(ART16_ZHEJIANG_MADE_CASES.cases)('$name', (c) => {
    const { actual, expected } = observed(ART16_ZHEJIANG_MADE_CASES.rule, c);
    expect(actual).toEqual(expected);
  });
});
