import { LPR_ONE_YEAR_YEAR_END, lprAtYearEnd } from './lpr';

describe('one-year LPR at year end', () => {
  it('holds only checked values, one per year, each with its source', () => {
    expect(LPR_ONE_YEAR_YEAR_END.map((e) => [e.year, e.oneYearBp])).toEqual([
      [2021, 380],
      [2022, 365],
      [2023, 345],
      [2024, 310],
      [2025, 300],
    ]);
    for (const e of LPR_ONE_YEAR_YEAR_END) {
      expect(e.publishedOn.startsWith(`${e.year}-12-`)).toBe(true);
      expect(e.source.length).toBeGreaterThan(10);
    }
  });

  it('has no value for a year it does not know', () => {
    expect(lprAtYearEnd(2023)?.oneYearBp).toBe(345);
    expect(lprAtYearEnd(2026)).toBeUndefined();
  });
});
