import { basisPoints, formatBasisPoints, formatYuan, hasAtMostTwoDecimals, mulFloor, mulFloorRounded, percent, percentToBasisPoints } from './money';

describe('money', () => {
  it.each([
    // 3 3333 × 5 % = 1666.65 → rounded down to 1666
    [33333, [percent(5)], 1666],
    // 1 000 000 × 3.45 % × 80 % × 6/12 = 13 800 exactly
    [1_000_000, [basisPoints(345), percent(80), [6, 12] as const], 13800],
    // 1 yuan × 99 % = 0.99 → 0
    [1, [percent(99)], 0],
    // no factors: the base itself
    [42, [], 42],
  ])('mulFloor(%d, %j) = %d', (base, factors, expected) => {
    expect(mulFloor(base, factors)).toBe(expected);
  });

  it('says whether a fraction of a yuan was dropped', () => {
    expect(mulFloorRounded(33333, [percent(5)])).toEqual({ yuan: 1666, roundedDown: true });
    expect(mulFloorRounded(1_000_000, [basisPoints(345), percent(80), [6, 12]])).toEqual({ yuan: 13800, roundedDown: false });
    expect(mulFloorRounded(1, [percent(99)])).toEqual({ yuan: 0, roundedDown: true });
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    // 9e12 × 345 × 80 × 12 overflows doubles; BigInt keeps it exact: 9e12 × 0.0345 × 0.8 × 1 = 248.4e9
    expect(mulFloor(9_000_000_000_000, [basisPoints(345), percent(80), [12, 12]])).toBe(248_400_000_000);
  });

  it.each([
    [-1, []],
    [1.5, []],
    [1, [[1, 0]]],
    [1, [[-1, 2]]],
    [1, [[1.5, 2]]],
  ] as const)('rejects nonsense operands %d %j', (base, factors) => {
    expect(() => mulFloor(base, factors)).toThrow(RangeError);
  });

  it.each([
    [120000, '12万元'],
    [27600, '2.76万元'],
    [12345, '12345元'],
    [2000, '2000元'],
    [0, '0元'],
    [5_000_000, '500万元'],
  ])('formatYuan(%d) = %s', (yuan, text) => {
    expect(formatYuan(yuan)).toBe(text);
  });

  it('formats basis points and converts percentages', () => {
    expect(formatBasisPoints(345)).toBe('3.45%');
    expect(formatBasisPoints(276)).toBe('2.76%');
    expect(percentToBasisPoints(19.99)).toBe(1999);
    expect(percentToBasisPoints(20)).toBe(2000);
    expect(hasAtMostTwoDecimals(3.45)).toBe(true);
    expect(hasAtMostTwoDecimals(19.999)).toBe(false);
  });
});
