import { LPR_ONE_YEAR_YEAR_END, lprAtYearEnd } from './lpr';
import { formatBasisPoints } from './money';

describe('one-year LPR at year end', () => {
  it('holds one value per year end since the 2019 reform, each from a December announcement', () => {
    expect(LPR_ONE_YEAR_YEAR_END.map((e) => [e.year, e.oneYearBp])).toEqual([
      [2019, 415],
      [2020, 385],
      [2021, 380],
      [2022, 365],
      [2023, 345],
      [2024, 310],
      [2025, 300],
    ]);
    for (const e of LPR_ONE_YEAR_YEAR_END) {
      expect(e.publishedOn.startsWith(`${e.year}-12-`)).toBe(true);
      // The LPR is quoted on the 20th, or on the next working day.
      const day = new Date(`${e.publishedOn}T00:00:00Z`);
      expect(day.getUTCDate()).toBeGreaterThanOrEqual(20);
      expect([0, 6]).not.toContain(day.getUTCDay());
    }
  });

  it('cites the announcement itself: its publisher, date and the one-year figure', () => {
    for (const e of LPR_ONE_YEAR_YEAR_END) {
      const [y, m, d] = e.publishedOn.split('-').map(Number);
      expect(e.source).toContain('全国银行间同业拆借中心');
      expect(e.source).toContain(`${y}年${m}月${d}日`);
      expect(e.source).toContain(`1年期LPR为${formatBasisPoints(e.oneYearBp)}`);
    }
  });

  it('has no value for a year it does not know', () => {
    expect(lprAtYearEnd(2023)?.oneYearBp).toBe(345);
    expect(lprAtYearEnd(2018)).toBeUndefined();
    expect(lprAtYearEnd(2026)).toBeUndefined();
  });
});
