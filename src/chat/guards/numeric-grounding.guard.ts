import { extractQuantities, Quantity } from '../../common/chinese-number';

/** The parts of a calculation that may legitimately put a figure into an answer. */
export interface GroundingCalculation {
  amountYuan: number;
  trace: { amountYuan?: number; value?: unknown }[];
  capApplied?: { capYuan: number; uncappedYuan: number }[];
  /** Amounts under the other reading of ambiguous wording: computed by the rule too. */
  alternatives?: readonly { amountYuan: number }[];
  /** The amount were the missing yes/no conditions met: computed by the rule too. */
  conditional?: { amountYuan: number };
  /** The rule's own text (explanation, assumptions such as the LPR it used): produced by the rules module. */
  explanation?: string;
  assumptions?: readonly string[];
  /** Money parameters the rule's calculation steps applied (a tier paid, a per-unit amount, a cap checked). */
  appliedParamYuan?: readonly number[];
}

export interface GroundingInput {
  answer: string;
  calculations: GroundingCalculation[];
  totalYuan?: number | null;
  /** Quotes of the cited clauses, exactly as sent to the client. */
  quotes: string[];
  /**
   * `quoted-spans` (for model answers): a figure from a clause counts only where the answer quotes the
   * clause word for word inside quotation marks. Free text may state only computed figures, so a model
   * cannot present the policy's 100万元 tier as what this enterprise gets. `anywhere` (the offline
   * engine, whose sentences are composed by code): any figure of a cited clause.
   */
  quoteMode?: 'anywhere' | 'quoted-spans';
}

/** Words that present the next figure as money paid out; a few characters may stand between (可获得贴息为…). */
const PAYOUT_BEFORE = /(?:获得|拿到|能拿|可拿|可得|领取|领到|补助|补贴|奖励|资助|贴息|给予|发放)[^，。；！？\n“”]{0,6}$/;

/**
 * Quotes are clause text, so the same few hundred strings come back turn after turn: their quantities
 * are parsed once. Bounded in case a caller passes arbitrary text.
 */
const quoteQuantities = new Map<string, Quantity[]>();
const MAX_CACHED_QUOTES = 2_000;

function quantitiesOfQuote(text: string): Quantity[] {
  let found = quoteQuantities.get(text);
  if (!found) {
    if (quoteQuantities.size >= MAX_CACHED_QUOTES) quoteQuantities.clear();
    quoteQuantities.set(text, (found = extractQuantities(text)));
  }
  return found;
}

const QUOTED_SPAN = /“([^“”]+)”|「([^「」]+)」|"([^"]+)"/g;

/** Index ranges of the answer's quoted spans that are exact text of a cited clause. */
function exactQuotedSpans(answer: string, quotes: string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of answer.matchAll(QUOTED_SPAN)) {
    const inner = m[1] ?? m[2] ?? m[3];
    if (quotes.some((q) => q.includes(inner))) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return spans;
}

export interface GroundingViolation {
  raw: string;
  value: number;
  unit: Quantity['unit'];
}

export interface GroundingResult {
  ok: boolean;
  violations: GroundingViolation[];
}

const CHECKED_UNITS = new Set<Quantity['unit']>(['yuan', 'percent']);

function collect(into: Map<string, Set<number>>, unit: string, value: number): void {
  if (!Number.isFinite(value)) return;
  let set = into.get(unit);
  if (!set) into.set(unit, (set = new Set()));
  set.add(Math.round(value * 100) / 100);
}

/** Every finite number anywhere in a JSON-like value (trace values, tool results). */
export function visitNumbers(value: unknown, visit: (n: number) => void): void {
  if (typeof value === 'number' && Number.isFinite(value)) visit(value);
  else if (Array.isArray(value)) value.forEach((v) => visitNumbers(v, visit));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => visitNumbers(v, visit));
}

/**
 * The numeric grounding check run on every answer in every mode: each amount of money and each
 * percentage in the answer must come from a calculation (its amount, caps, trace) or from the quoted
 * text of a cited clause. What the user typed is deliberately not a source: "听说能拿100万" must never
 * come back as a figure unless a rule used it as a fact (then it is in the trace).
 */
export function checkNumericGrounding(input: GroundingInput): GroundingResult {
  const strict = input.quoteMode === 'quoted-spans';
  // Amounts a rule computed (results, caps, running amounts, the total).
  const computed = new Set<number>();
  for (const c of input.calculations) {
    computed.add(c.amountYuan);
    for (const cap of c.capApplied ?? []) [cap.capYuan, cap.uncappedYuan].forEach((n) => computed.add(n));
    for (const step of c.trace) if (step.amountYuan !== undefined) computed.add(step.amountYuan);
    for (const alt of c.alternatives ?? []) computed.add(alt.amountYuan);
    if (c.conditional) computed.add(c.conditional.amountYuan);
  }
  if (typeof input.totalYuan === 'number') computed.add(input.totalYuan);

  const allowed = new Map<string, Set<number>>();
  computed.forEach((n) => collect(allowed, 'yuan', n));
  for (const c of input.calculations) {
    // Trace values are the facts and parameters the rule used (销售收入, 费率 …), in yuan or percent.
    for (const step of c.trace) {
      visitNumbers(step.value, (n) => {
        collect(allowed, 'yuan', n);
        collect(allowed, 'percent', n);
      });
    }
    for (const text of [c.explanation ?? '', ...(c.assumptions ?? [])]) {
      for (const q of extractQuantities(text)) collect(allowed, q.unit, q.value);
    }
  }
  const quoted = new Map<string, Set<number>>();
  for (const text of input.quotes) for (const q of quantitiesOfQuote(text)) collect(strict ? quoted : allowed, q.unit, q.value);
  const spans = strict ? exactQuotedSpans(input.answer, input.quotes) : [];
  // The only figures a model may present as what the enterprise receives: computed amounts and the
  // money parameters the rule's calculation steps applied.
  const payouts = new Set(computed);
  for (const c of input.calculations) for (const p of c.appliedParamYuan ?? []) payouts.add(p);
  const violations: GroundingViolation[] = [];
  for (const q of extractQuantities(input.answer)) {
    if (!CHECKED_UNITS.has(q.unit)) continue;
    const value = Math.round(q.value * 100) / 100;
    const insideQuote = spans.some(([from, to]) => q.index >= from && q.index < to);
    // “可获得80000元” where 80000 is the premium the user paid: a fact restated as a payout.
    const presentedAsPayout = strict && !insideQuote && q.unit === 'yuan' && PAYOUT_BEFORE.test(input.answer.slice(0, q.index));
    if (presentedAsPayout) {
      if (!payouts.has(value)) violations.push({ raw: q.raw, value: q.value, unit: q.unit });
      continue;
    }
    if (allowed.get(q.unit)?.has(value)) continue;
    if (insideQuote && quoted.get(q.unit)?.has(value)) continue;
    violations.push({ raw: q.raw, value: q.value, unit: q.unit });
  }
  return { ok: violations.length === 0, violations };
}
