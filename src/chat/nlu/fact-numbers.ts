import { BEFORE_NUMBER, extractQuantities } from '../../common/chinese-number';
import { Span, SpanIndex } from './fact-text';
import type { Num } from './fact-types';

/**
 * The numbers of a message for the fact extractor: chinese-number's quantities plus the few number
 * words that only make sense for facts (一半 = 50%, 半年 = 6 months, 一年半 = 1.5 years), each marked
 * when it is said as a bound (10件以上, 达到500万) or shared (各两项).
 */

const BOUND_AFTER = /^(?:以上|及以上|以下|以内|起|或以上)/;
const BOUND_BEFORE = /(?:达到|满|超过|不少于|不低于|至少|大于|高于|低于|少于|不足)$/;
const EXACT_BEFORE = /(?:刚好|正好|恰好|整整|刚刚|刚)[^，。？?]{0,4}$/;
/** 30件以上 is at least 30: read as 30, approximate. */
/** A currency other than the yuan right after a number (5000美元, 3万欧元, 2k刀). */
const FOREIGN_CURRENCY = /^\s?(?:美元|美金|欧元|日元|英镑|韩元|港币|港元|新台币|台币|澳门元|澳门币|卢布|刀|澳元|加元|新元|瑞郎|泰铢|卢比|雷亚尔|USD|EUR|JPY|GBP|HKD|TWD|NTD|\$)/i;
/** Between a foreign figure and the same in yuan: 折合人民币, 约合, 相当于. */
const CONVERTED = /^\s?(?:[a-zA-Z$\u4e00-\u9fa5]{0,4}?)[（(，,\s]?(?:折合|约合|合|相当于|换算成?|折算成?)(?:人民币|RMB)?(?:约|大概|大约)?\s?$/i;
/** Between the two ends of a range: 20到30万, 50-80万, 三至五件. */
const RANGE_BETWEEN = /^\s?(?:到|至|~|～|-|—|－)\s?$/;
const AT_LEAST_AFTER = /^(?:以上|及以上|或以上|多)/;
const LEADING_WORD = new RegExp(`^(?:${BEFORE_NUMBER})`);

export function findNumbers(text: string, masked: readonly Span[]): Num[] {
  const out: Num[] = [];
  const mask = new SpanIndex(masked);
  for (const q of extractQuantities(text)) {
    // Start at the number itself: 大概两百万 is read from 两, so "销售额大概" still sits before it.
    const prefix = LEADING_WORD.exec(q.raw)?.[0].length ?? 0;
    const span = { start: q.index + prefix, end: q.index + q.raw.length };
    if (mask.overlaps(span)) continue;
    const after = text.slice(span.end);
    const before = text.slice(Math.max(0, span.start - 4), span.start);
    let { value, min, max, unit } = q;
    // 35万美元 is no amount in yuan; left without a unit it attaches to nothing and the field is asked.
    const foreignCurrency = FOREIGN_CURRENCY.test(after);
    if (unit === 'yuan' && foreignCurrency) unit = 'none';
    let end = span.end;
    // 一年半 = 1.5 years.
    if (unit === 'years' && after.startsWith('半')) {
      value += 0.5;
      min += 0.5;
      max += 0.5;
      end += 1;
    }
    const atLeast = AT_LEAST_AFTER.test(text.slice(end));
    // 刚好运作满一年, 正好达到50件, 满一年了: what the figure is, not a threshold asked about.
    const exact = EXACT_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start)) || /^了/.test(text.slice(end));
    out.push({
      start: span.start,
      end,
      value,
      min,
      max,
      unit,
      counter: q.counter,
      approximate: q.approximate || atLeast,
      bound: BOUND_AFTER.test(text.slice(end)) || (BOUND_BEFORE.test(before) && !exact),
      each: /各(?:自)?$|每(?:笔|件|个|家|项)$/.test(before),
      ...(foreignCurrency ? { foreignCurrency } : {}),
    });
  }
  // 20到30万, 50-80万: a range gives no one figure; both ends are left without a unit, so the field is asked.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i], out[i + 1]];
    if (RANGE_BETWEEN.test(text.slice(a.end, b.start)) && (a.unit === 'none' || a.unit === b.unit) && (b.unit === 'yuan' || b.unit === 'count' || b.unit === 'percent')) {
      out[i] = { ...a, unit: 'none', approximate: true };
      out[i + 1] = { ...b, unit: 'none', approximate: true };
    }
  }
  // 10万港币折合人民币9万: one figure, told in yuan too; it stands where the foreign one does.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.foreignCurrency && b.unit === 'yuan' && CONVERTED.test(text.slice(a.end, b.start))) out.splice(i, 2, { ...b, start: a.start });
  }
  const quantities = new SpanIndex(out);
  for (const w of text.matchAll(/一半|半数|(?<![一二两三四五六七八九十\d])半年/g)) {
    const span = { start: w.index ?? 0, end: (w.index ?? 0) + w[0].length };
    // Against the quantities only: two of these words never overlap each other.
    if (mask.overlaps(span) || quantities.overlaps(span)) continue;
    const months = w[0] === '半年';
    out.push({
      ...span,
      value: months ? 6 : 50,
      min: months ? 6 : 50,
      max: months ? 6 : 50,
      unit: months ? 'months' : 'percent',
      approximate: false,
      bound: false,
      each: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The value to record for a number. Ranges above the written figure (十几件 → 11, 二十多万 → 210000,
 * 超过100万 → 1000001) give their lower end, ranges below (不到100万) their upper end, "about" words
 * (大概两百万) the figure itself; the field is then listed as approximate so the engine can confirm it.
 */
export function pickValue(n: Num, integer: boolean): number {
  if (n.min > n.value) return integer ? Math.ceil(n.min) : round2(n.min);
  if (n.max < n.value) return integer ? Math.floor(n.max) : round2(n.max);
  return integer ? Math.round(n.value) : round2(n.value);
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
