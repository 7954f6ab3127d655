import { visitNumbers } from '../guards/numeric-grounding.guard';
import { CN_NUMERAL_CHARS, extractQuantities, Quantity } from '../../common/chinese-number';

/**
 * Where the numbers a model may pass to a rule can come from: what the user wrote in this conversation
 * and what tools returned. A figure from neither is the model's own invention (a guessed revenue, an
 * amount converted with the wrong unit) and must be asked for instead. A figure must also be of the
 * field's kind: a count is grounded by a count (or a bare number) the user gave, never by the digits of
 * an amount of money (“5000万” is no 50,000,000 patents), money by money, a share by a percentage.
 */

/** What a numeric field holds, read from its name (the profile puts units in names: …Yuan, …Count …). */
type NumberKind = 'yuan' | 'percent' | 'months' | 'year' | 'count';

function kindOf(field: string): NumberKind {
  if (/Yuan$/.test(field)) return 'yuan';
  if (/Percent$/.test(field)) return 'percent';
  if (/Months$/.test(field)) return 'months';
  if (/Year$/.test(field)) return 'year';
  return 'count';
}

/** Which kind of field a quantity the user wrote may fill; a bare number (no unit) may fill any. */
const KINDS_OF_UNIT: Record<Quantity['unit'], readonly NumberKind[]> = {
  yuan: ['yuan'],
  percent: ['percent'],
  months: ['months'],
  years: ['year'],
  count: ['count'],
  none: ['yuan', 'percent', 'months', 'year', 'count'],
};

/** Words that state a number without digits: a model may pass these figures as the user's. */
const WORD_NUMBERS: { words: RegExp; kind: NumberKind; values: number[] }[] = [
  { words: /全年|一整年|整年|满一年|一年/, kind: 'months', values: [12] },
  { words: /半年/, kind: 'months', values: [6] },
  { words: /全部|全体|全员|所有人|百分之百/, kind: 'percent', values: [100] },
  { words: /一半/, kind: 'percent', values: [50] },
];

const NEGATION = '(?:没有|没|无|未|不曾)';
const COUNTER = '[件个项家笔次份张款国]';
const NOT_IN_NUMBER = `[0-9０-９${CN_NUMERAL_CHARS}]`;

/**
 * A zero or a “none” said about a quantity. Not any 0 or 无 in the text: the 0s of 100% or 2023, 未 of
 * 未备案, 没有 of 没有贯标 say nothing about a count. A negation counts only next to a quantity word
 * (没有一件, 一件都没有, 没有新增, 无增长) or a period (去年没有); 零 only standing alone (为零, 零增长), not
 * inside a number (一百零五) and not as in 零件 / 零部件 (parts).
 */
const ZERO_WORDS = new RegExp(
  [
    `${NEGATION}(?:任何|一${COUNTER}|新增|增加|增长|增量)`,
    `(?:一|1|几)${COUNTER}[^，。；！？,.;!?]{0,6}?(?:都|也)${NEGATION}`,
    `(?:去年|上年末?|上一年|前年|今年|当年|本年|年底|年末)(?:的)?(?:都|也|还|是|一${COUNTER})?${NEGATION}`,
    `(?<!${NOT_IN_NUMBER})零(?!${NOT_IN_NUMBER}|件|部)`,
  ].join('|'),
);

/** A quantity whose value is 0, written as a number (0件, 0元, 0%): not the 零 of 零件. */
function isZeroQuantity(q: Quantity): boolean {
  return q.value === 0 && q.max === 0 && !/^零件/.test(q.raw);
}

export class NumberSources {
  /** Per kind of field: the figures the user wrote (with a fitting unit, or none) and tools returned. */
  private readonly byKind = new Map<NumberKind, Set<number>>(
    (['yuan', 'percent', 'months', 'year', 'count'] as const).map((k) => [k, new Set<number>()]),
  );
  private zeroSaid = false;
  private facts?: Record<string, unknown>;

  addUserText(text: string): this {
    const quantities = extractQuantities(text);
    for (const q of quantities) {
      for (const kind of KINDS_OF_UNIT[q.unit]) this.byKind.get(kind)!.add(key(q.value));
    }
    for (const w of WORD_NUMBERS) {
      if (w.words.test(text)) w.values.forEach((n) => this.byKind.get(w.kind)!.add(n));
    }
    if (quantities.some(isZeroQuantity) || ZERO_WORDS.test(text)) this.zeroSaid = true;
    return this;
  }

  /** Every number in a tool result may be passed on (amounts computed earlier, the LPR a rule used). */
  addToolResult(result: unknown): this {
    visitNumbers(result, (n) => {
      for (const set of this.byKind.values()) set.add(key(n));
    });
    return this;
  }

  /**
   * The facts the offline engine read from this conversation (its profile after this turn). With them, a
   * zero for a profile field is grounded only where the engine read that field as 0: a zero said about
   * one thing (去年没有驰名商标) must not fill another (the last year's patent count).
   */
  useFacts(facts: Record<string, unknown>): this {
    this.facts = facts;
    return this;
  }

  allows(path: readonly string[], value: number): boolean {
    if (value === 0) return this.zeroGrounded(path);
    const field = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
    return this.byKind.get(kindOf(field))!.has(key(value));
  }

  private zeroGrounded(path: readonly string[]): boolean {
    if (this.facts) {
      const read = valueAt(this.facts, path);
      if (read !== undefined) return read === 0;
      // A top-level field the engine read no value for: the user did not say it is zero. Inside a list
      // (the third loan's interest) the engine's entries may not line up with the model's, so the text decides.
      if (path.length === 1) return false;
    }
    return this.zeroSaid;
  }
}

/** The value at a path (`ipPledgeLoans.0.interestPaidYuan` as segments) in nested objects and arrays. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

export interface UngroundedArgument {
  /** Path of the argument, e.g. `annualSalesYuan` or `ipPledgeLoans.0.interestPaidYuan`. */
  path: string;
  value: number;
}

/** The numeric arguments of a tool call that neither the user nor a tool supplied. */
export function ungroundedArguments(args: unknown, sources: NumberSources): UngroundedArgument[] {
  const out: UngroundedArgument[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'number') {
      if (!sources.allows(path, value)) out.push({ path: path.join('.'), value });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(args, []);
  return out;
}

function key(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
