import { extractQuantities, Quantity } from '../nlu/chinese-number';

/** The parts of a calculation that may legitimately put a figure into an answer. */
export interface GroundingCalculation {
  amountYuan: number;
  trace: { amountYuan?: number; value?: unknown }[];
  capApplied?: { capYuan: number; uncappedYuan: number }[];
  /** The rule's own text (explanation, assumptions such as the LPR it used): produced by the rules module. */
  explanation?: string;
  assumptions?: readonly string[];
}

export interface GroundingInput {
  answer: string;
  calculations: GroundingCalculation[];
  totalYuan?: number | null;
  /** Quotes of the cited clauses, exactly as sent to the client. */
  quotes: string[];
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

function numbersIn(value: unknown, visit: (n: number) => void): void {
  if (typeof value === 'number') visit(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, visit));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, visit));
}

/**
 * The numeric grounding check run on every answer in every mode: each amount of money and each
 * percentage in the answer must come from a calculation (its amount, caps, trace) or from the quoted
 * text of a cited clause. What the user typed is deliberately not a source: "听说能拿100万" must never
 * come back as a figure unless a rule used it as a fact (then it is in the trace).
 */
export function checkNumericGrounding(input: GroundingInput): GroundingResult {
  const allowed = new Map<string, Set<number>>();
  for (const c of input.calculations) {
    collect(allowed, 'yuan', c.amountYuan);
    for (const cap of c.capApplied ?? []) {
      collect(allowed, 'yuan', cap.capYuan);
      collect(allowed, 'yuan', cap.uncappedYuan);
    }
    for (const step of c.trace) {
      if (step.amountYuan !== undefined) collect(allowed, 'yuan', step.amountYuan);
      // Trace values are the facts and parameters the rule used (销售收入, 费率 …), in yuan or percent.
      numbersIn(step.value, (n) => {
        collect(allowed, 'yuan', n);
        collect(allowed, 'percent', n);
      });
    }
  }
  if (typeof input.totalYuan === 'number') collect(allowed, 'yuan', input.totalYuan);
  const ruleTexts = input.calculations.flatMap((c) => [c.explanation ?? '', ...(c.assumptions ?? [])]);
  for (const text of [...input.quotes, ...ruleTexts]) {
    for (const q of extractQuantities(text)) collect(allowed, q.unit, q.value);
  }
  const violations: GroundingViolation[] = [];
  for (const q of extractQuantities(input.answer)) {
    if (!CHECKED_UNITS.has(q.unit)) continue;
    if (!allowed.get(q.unit)?.has(Math.round(q.value * 100) / 100)) {
      violations.push({ raw: q.raw, value: q.value, unit: q.unit });
    }
  }
  return { ok: violations.length === 0, violations };
}
