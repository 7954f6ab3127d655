/**
 * Money is integer yuan and rates are exact fractions. Products go through BigInt so that no step
 * drifts; a share of a base is rounded DOWN to the yuan (a subsidy is never rounded up past what the
 * policy allows). Caps are applied after rounding.
 */
export type Fraction = readonly [numerator: number, denominator: number];

export function mulFloor(base: number, factors: readonly Fraction[]): number {
  return mulFloorRounded(base, factors).yuan;
}

/** `mulFloor`, and whether a fraction of a yuan was dropped (the trace then says `不足1元部分舍去`). */
export function mulFloorRounded(base: number, factors: readonly Fraction[]): { yuan: number; roundedDown: boolean } {
  assertNonNegativeInteger(base, 'base');
  let num = BigInt(base);
  let den = 1n;
  for (const [n, d] of factors) {
    assertNonNegativeInteger(n, 'numerator');
    assertNonNegativeInteger(d, 'denominator');
    if (d === 0) throw new RangeError('denominator must not be 0');
    num *= BigInt(n);
    den *= BigInt(d);
  }
  return { yuan: Number(num / den), roundedDown: num % den !== 0n };
}

function assertNonNegativeInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`);
}

/** A whole-percent figure (80 for 80 %) as a fraction. */
export function percent(value: number): Fraction {
  return [value, 100];
}

/** Basis points (345 for 3.45 %) as a fraction. */
export function basisPoints(bp: number): Fraction {
  return [bp, 10000];
}

/** `12万元` for round amounts, `2.76万元` for whole hundreds, otherwise `2345元` — always exact. */
export function formatYuan(yuan: number): string {
  if (yuan >= 10000 && yuan % 100 === 0) return `${yuan / 10000}万元`;
  return `${yuan}元`;
}

/** 345 → `3.45%`. */
export function formatBasisPoints(bp: number): string {
  return `${bp / 100}%`;
}

/** A user's percentage with at most two decimals, as basis points (20 → 2000, 19.99 → 1999). */
export function percentToBasisPoints(value: number): number {
  return Math.round(value * 100);
}

/** True when a number has at most two decimals (user-entered percentages and LPR rates). */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-7;
}
