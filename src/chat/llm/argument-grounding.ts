import { visitNumbers } from '../guards/numeric-grounding.guard';
import { extractQuantities } from '../nlu/chinese-number';

/**
 * Where the numbers a model may pass to a rule can come from: what the user wrote in this conversation
 * and what tools returned. A figure from neither is the model's own invention (a guessed revenue, an
 * amount converted with the wrong unit) and must be asked for instead.
 */
/** Words that state a number without digits: a model may pass these figures as the user's. */
const WORD_NUMBERS: { words: RegExp; plain?: number[]; percent?: number[] }[] = [
  { words: /全年|一整年|整年|满一年|一年/, plain: [12, 1] },
  { words: /半年/, plain: [6] },
  { words: /全部|全体|全员|所有人|百分之百/, percent: [100] },
  { words: /一半/, percent: [50] },
];

export class NumberSources {
  /** Money: quantities written with a money unit, and bare numbers the user wrote (no unit guessed). */
  private readonly yuan = new Set<number>();
  private readonly percent = new Set<number>();
  /**
   * Counts, months, years and bare numbers. Never the digits of an amount of money: “奖励改成100万了”
   * must not let a model claim 100 patents.
   */
  private readonly plain = new Set<number>();
  private zeroSaid = false;

  addUserText(text: string): this {
    for (const q of extractQuantities(text)) {
      const v = key(q.value);
      if (q.unit === 'yuan' || q.unit === 'none') this.yuan.add(v);
      if (q.unit === 'percent' || q.unit === 'none') this.percent.add(v);
      if (q.unit !== 'yuan' && q.unit !== 'percent') this.plain.add(v);
    }
    for (const w of WORD_NUMBERS) {
      if (!w.words.test(text)) continue;
      w.plain?.forEach((n) => this.plain.add(n));
      w.percent?.forEach((n) => this.percent.add(n));
    }
    // “去年没有”, “零件”: zero is said in words more often than in digits.
    if (/没有|零|无|未|0/.test(text)) this.zeroSaid = true;
    return this;
  }

  /** Every number in a tool result may be passed on (amounts computed earlier, the LPR a rule used). */
  addToolResult(result: unknown): this {
    visitNumbers(result, (n) => {
      this.yuan.add(key(n));
      this.percent.add(key(n));
      this.plain.add(key(n));
    });
    return this;
  }

  allows(field: string, value: number): boolean {
    if (value === 0) return this.zeroSaid;
    if (/Yuan$/.test(field)) return this.yuan.has(key(value));
    if (/Percent$/.test(field)) return this.percent.has(key(value));
    return this.plain.has(key(value)) || this.yuan.has(key(value));
  }
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
      const field = [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? '';
      if (!sources.allows(field, value)) out.push({ path: path.join('.'), value });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(args, []);
  return out;
}

function key(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
