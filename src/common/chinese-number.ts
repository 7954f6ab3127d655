/**
 * Numbers as enterprises type them: Arabic (1,200 / 1.2 / ２４), Chinese (十二, 三十五, 两千万, 一千二百万),
 * financial capitals (壹佰万), colloquial short forms (两万五 = 25000, 三百五 = 350), mixed (1.2亿, 3千万, 2万5),
 * percentages (百分之二十, 百分之百, 20%, 八成, 九成五), and vague amounts kept as ranges (十几件, 二十多万/二十余万,
 * 约50万, 三四十件, 几十万). Dates (3月15日) are not quantities.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

export const CN_NUMERAL_CHARS = '零〇一壹幺二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';
const CN_FRACTION_DIGITS = '零〇一壹二贰三叁四肆五伍六陆七柒八捌九玖';

function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0e\uff0c]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A section below 万 in Chinese numerals, e.g. 一千二百三十 → 1230, 十二 → 12, 三百五 → 350. */
function parseSection(s: string): number | undefined {
  if (s === '') return 0;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
      // 一百零五 = 105: after 零 a digit is a plain unit digit, not the short form of 三百五.
      if (digit === 0) lastUnit = 1;
    } else if (ch in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[ch];
      lastUnit = SMALL_UNITS[ch];
      digit = undefined;
    } else {
      return undefined;
    }
  }
  if (digit !== undefined) {
    // 三百五 = 350, 一千二 = 1200: a trailing digit right after a unit means one unit lower.
    total += lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  }
  return total;
}

/**
 * Parses one number written in any of the forms above; returns undefined when it is not a number.
 * Arabic parts may carry Chinese multipliers: 1.2亿, 3千万, 2万5 (= 25000).
 */
export function parseNumber(raw: string): number | undefined {
  const s = toHalfWidth(raw.trim()).replace(/,/g, '');
  if (s === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const decimal = /^(.+)点(.+)$/.exec(s);
  if (decimal) {
    const whole = parseNumber(decimal[1]);
    const digits = [...decimal[2]].map((ch) => DIGITS[ch]);
    if (whole === undefined || !Number.isInteger(whole) || digits.some((d) => d === undefined)) return undefined;
    return Number(`${whole}.${digits.join('')}`);
  }

  // Mixed Arabic + multipliers: 1.2亿, 3千万, 2万5, 25万.
  const mixed = /^(\d+(?:\.\d+)?)([十百千万亿]+)(\d)?$/.exec(s);
  if (mixed) {
    const factor = [...mixed[2]].reduce((f, ch) => f * (SMALL_UNITS[ch] ?? BIG_UNITS[ch] ?? 1), 1);
    const tail = mixed[3] ? Number(mixed[3]) * (factor / 10) : 0;
    return Math.round((Number(mixed[1]) * factor + tail) * 1e6) / 1e6;
  }

  if (![...s].every((ch) => CN_NUMERAL_CHARS.includes(ch))) return undefined;
  // Split at 亿 and 万 from the left: 一亿二千万 → [一, 二千] with factors 1e8, 1e4.
  let rest = s;
  let total = 0;
  for (const [big, factor] of [['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4]] as const) {
    const i = rest.indexOf(big);
    if (i < 0) continue;
    const head = parseSection(rest.slice(0, i).replace(/^零/, ''));
    if (head === undefined) return undefined;
    total += (i === 0 ? 1 : head) * factor;
    rest = rest.slice(i + 1);
    // 两万五 = 25000: a lone digit after 万/亿 is the next lower order.
    if (rest.length === 1 && rest in DIGITS) return total + DIGITS[rest] * (factor / 10);
  }
  const tail = parseSection(rest.replace(/^零/, ''));
  return tail === undefined ? undefined : total + tail;
}

export type QuantityUnit = 'yuan' | 'count' | 'percent' | 'months' | 'years' | 'none';

export interface Quantity {
  /** The value in base units: yuan for money (万元 already multiplied out), whole percent for %. */
  value: number;
  /** For vague amounts (十几件, 二十多万, 约50万): the range the user's words allow. */
  min: number;
  max: number;
  approximate: boolean;
  unit: QuantityUnit;
  /** The counter word as written (件, 家, 项, 个, 次 …), for count units. */
  counter?: string;
  raw: string;
  index: number;
}

// 三点四五, 一点五万: a Chinese decimal's fraction is read digit by digit.
// 2万5 is 25000; in 200万12个月 the 12 is a number of its own, so the tail digit stands alone — and
// in 300万6个月 the 6 has a unit of its own.
const NUM = `[0-9０-９][0-9０-９,，.．]*[十百千万亿]*(?:[0-9](?![0-9０-９]|个|月|年|件|家|项|次|份|张|笔|天|国|款|%|％|[.．]))?|[${CN_NUMERAL_CHARS}]+点[${CN_FRACTION_DIGITS}]+|[${CN_NUMERAL_CHARS}]+`;
/** Words before a number that make it a range or a bound (约50万, 超过100万); part of the quantity's `raw`. */
export const BEFORE_NUMBER = '约|大约|大概|差不多|将近|近|接近|超过|不到|左右';
const QUANTITY = new RegExp(
  `(${BEFORE_NUMBER})?` +
    // 几十万, 几百件: 几 before a unit word is a vague leading digit.
    `(百分之|百分(?=百))?(几(?=[十百千万]))?(${NUM})(几|多|余|来)?` +
    // 1个亿, 六个亿: 个 before 亿 is only spoken. 100万人民币: 人 there is no counter.
    `(个?亿元|个?亿|万元|元|块钱|块|万|[wW](?![A-Za-z])|[kK](?![A-Za-z])|%|％|个百分点|成[一二三四五六七八九]?|个月|月|年|件|家|个|项|次|份|张|人(?!民币)|国|款|笔)?` +
    `(左右|上下|出头|多|余)?`,
  'g',
);

const COUNTERS = new Set(['件', '家', '个', '项', '次', '份', '张', '人', '国', '款', '笔']);

/**
 * Every quantity in a message, with its unit. Money written with 万/亿 but no 元 is still money
 * (`两千万`, `1.2亿`); a bare number has unit `none` and is left to the caller to interpret.
 */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  // 2w8 is 2万8 (28000): w typed for 万 with the next digit after it. Same length, so offsets hold.
  text = text.replace(/([0-9])[wW]([1-9])(?![0-9A-Za-z])/g, '$1万$2');
  for (const m of text.matchAll(QUANTITY)) {
    const [raw, before, percentPrefix, leadingFew, numRaw, vagueRaw, spokenUnit, afterRaw] = m;
    // 1500w: w is typed for 万.
    // 8k: k is typed for 千 (of yuan).
    const unitRaw = spokenUnit?.replace(/^个(?=亿)/, '').replace(/^[wW]$/, '万').replace(/^[kK]$/, '千元');
    // 余 is the written form of 多 (二十余万); normalise so the range logic below sees one word.
    const vague = vagueRaw === '余' ? '多' : vagueRaw;
    const after = afterRaw === '余' ? '多' : afterRaw;
    // Ordinals and names are not quantities: 第一档, 一等奖, 十四五, 一次性.
    const start = m.index ?? 0;
    const prev = text[start - 1];
    const next = text.slice(start + raw.length);
    if (prev === '第') continue;
    if (!unitRaw && !percentPrefix && /^[一二三]$/.test(numRaw) && /[等档级类种]/.test(next[0] ?? '')) continue;
    if (unitRaw === '次' && next.startsWith('性')) continue;
    // 3月15日, 2023年3月: a month of the year and a day of the month are dates, not durations or counts.
    if (unitRaw === '月' && (prev === '年' || /^(?:[0-9０-９]+|[一二三四五六七八九十]+)[日号]|^(?:份|初|底|中旬|上旬|下旬|末)/.test(next))) continue;
    if (!unitRaw && prev === '月' && /^[日号]/.test(next)) continue;
    // 十来件: 来 only follows a unit word; 一来 (firstly) is a word.
    // 900来万, 20来件: after a round figure too.
    if (vague === '来' && !/[十百千万0０]$/.test(numRaw)) continue;
    // 百分之百: 百 alone is a number only after 百分之.
    const hundredPercent = Boolean(percentPrefix) && numRaw === '百';
    // 万人, 百家: a multiplier alone is no number; 一起, 一下: a lone Chinese digit without a unit is a word.
    if (!hundredPercent && !/[0-9０-９零〇一壹幺二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾]/.test(numRaw)) continue;
    if (!unitRaw && !percentPrefix && !vague && numRaw.length === 1 && !/[0-9０-９]/.test(numRaw)) continue;
    // 三四十件, 七八件, 两三百万: two neighbouring digits are a range, not one number.
    const pair = numRaw.includes('点') ? undefined : adjacentDigitRange(numRaw);
    let value = pair ? pair[0] : parseNumber(numRaw);
    if (value === undefined) continue;
    const factor = unitFactor(unitRaw);
    let unit: QuantityUnit = 'none';
    let counter: string | undefined;
    const u = unitRaw ?? '';
    if (percentPrefix || u === '%' || u === '％' || u === '个百分点') unit = 'percent';
    else if (u.startsWith('成')) unit = 'percent';
    else if (u === '万元' || u === '万' || u === '亿元' || u === '亿') unit = 'yuan';
    else if (u === '元' || u === '块' || u === '块钱' || u === '千元') unit = 'yuan';
    // ¥80,000, RMB 15000, 人民币50000: the currency before the figure.
    else if (!u && /(?:¥|￥|RMB|rmb|CNY|人民币)\s?$/.test(text.slice(Math.max(0, start - 4), start))) unit = 'yuan';
    else if (u === '个月' || u === '月') unit = 'months';
    else if (u === '年') unit = 'years';
    else if (COUNTERS.has(u)) {
      unit = 'count';
      counter = u;
    } else if (/[万亿]/.test(numRaw)) unit = 'yuan';

    value *= factor;
    // 九成五 = 95%: a digit after 成 is the next lower place.
    if (u.length === 2 && u.startsWith('成')) value += DIGITS[u[1]];
    const approximateWord =
      Boolean(before && before !== '超过' && before !== '不到') || after === '左右' || after === '上下' || vague === '来';
    let min = value;
    let max = value;
    if (pair) {
      max = pair[1] * factor;
    } else if (leadingFew) {
      // 几十万 = 20万–90万: 几 as a leading digit is two to nine.
      min = 2 * value;
      max = 9 * value;
      value = min;
    } else if (vague === '几' || vague === '多' || after === '多' || after === '出头') {
      // In the number's own terms: 十几 = 11–19, 二十多 = 21–29, 三十出头 = 31–34, 五万多 = 50001–59999;
      // then the unit's factor: 二十多万 = 210000–299999.
      const base = value / factor;
      const step = magnitudeStep(numRaw, base);
      const span = after === '出头' ? Math.max(2, Math.floor(step / 2)) : step;
      if (step === 1) {
        // 三年多, 5个多月: more than a single digit is a fraction more, below the next whole one.
        max = (base + 1) * factor;
      } else {
        min = (base + 1) * factor;
        max = (base + span) * factor - 1;
      }
    } else if (approximateWord) {
      min = Math.floor(value * 0.9);
      max = Math.ceil(value * 1.1);
    }
    if (before === '超过') min = value + 1e-9;
    if (before === '不到') max = value - 1e-9;
    out.push({
      value,
      min,
      max,
      approximate: min !== max || approximateWord,
      unit,
      counter,
      raw,
      index: m.index ?? 0,
    });
  }
  return joinYearsAndMonths(text, out);
}

/** 一年零两个月, 1年3个月, 两年又一个月: one duration in months, not a year and a separate count of months. */
function joinYearsAndMonths(text: string, all: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of all) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.index + prev.raw.length, q.index) : '';
    if (prev && prev.unit === 'years' && q.unit === 'months' && !prev.approximate && /^(?:零|又)?$/.test(between)) {
      const months = prev.value * 12 + q.value;
      out[out.length - 1] = { ...q, value: months, min: prev.value * 12 + q.min, max: prev.value * 12 + q.max, raw: text.slice(prev.index, q.index + q.raw.length), index: prev.index };
    } else out.push(q);
  }
  return out;
}

/**
 * 三四十 → [30, 40], 七八 → [7, 8], 两三百万 → [2000000, 3000000], 十一二 → [11, 12]: two consecutive digits
 * written side by side are the two ends of a range. Undefined for ordinary numbers.
 */
function adjacentDigitRange(numRaw: string): [number, number] | undefined {
  if (/[零〇]/.test(numRaw)) return undefined;
  const m = /([一二两三四五六七八九])([二两三四五六七八九])/.exec(numRaw);
  if (!m || DIGITS[m[2]] !== DIGITS[m[1]] + 1) return undefined;
  const lo = parseNumber(numRaw.replace(m[0], m[1]));
  const hi = parseNumber(numRaw.replace(m[0], m[2]));
  return lo === undefined || hi === undefined ? undefined : [lo, hi];
}

/** The size of "a few more" after a number, in its own terms: 十几 → 10, 二十多 → 10, 五万多 → 10000. */
function magnitudeStep(numRaw: string, value: number): number {
  const last = numRaw.at(-1) ?? '';
  if (last in SMALL_UNITS) return SMALL_UNITS[last];
  if (last in BIG_UNITS) return BIG_UNITS[last];
  return value >= 10 ? 10 ** Math.floor(Math.log10(value)) : 1;
}

/** What a unit word multiplies the number by (万元 → 10000); 1 for the rest. */
function unitFactor(unitRaw: string | undefined): number {
  if (unitRaw === '万' || unitRaw === '万元') return 1e4;
  if (unitRaw === '亿' || unitRaw === '亿元') return 1e8;
  if (unitRaw === '千元') return 1e3;
  if (unitRaw?.startsWith('成')) return 10;
  return 1;
}
