import type { Calculation, NeedsInfo } from '../../rules/rule';
import { visitNumbers } from '../guards/numeric-grounding.guard';
import { NumberSources } from './argument-grounding';

/** What the LLM mode remembers between turns beyond the text: what the tools returned. */
export interface LlmMemory {
  /** Clause ids any tool returned in this conversation: the only ones the model may cite. */
  clauseIds: string[];
  /** Numbers rules used or produced (facts in their traces, amounts), which the model may pass on. */
  numbers: number[];
}

const MAX_REMEMBERED_NUMBERS = 500;

function isCalculation(v: unknown): v is Calculation {
  return Boolean(v && typeof v === 'object' && 'ruleId' in v && 'amountYuan' in v && 'trace' in v);
}

/**
 * Everything one LLM turn did, recorded by the guard middleware as it happens: the calculations the
 * answer may state, the clauses it may cite, the numbers the model may pass to tools, the model calls.
 */
export class TurnLedger {
  readonly calculations = new Map<string, Calculation>();
  readonly clauseIds: Set<string>;
  readonly sources = new NumberSources();
  /** Questions owed to the user instead of a tool call made with an invented figure. */
  readonly asked: NeedsInfo[] = [];
  readonly modelCalls: { seconds: number; ok: boolean }[] = [];
  private readonly numbers: number[];

  constructor(userTexts: string[], memory?: LlmMemory) {
    for (const t of userTexts) this.sources.addUserText(t);
    this.clauseIds = new Set(memory?.clauseIds ?? []);
    this.numbers = [...(memory?.numbers ?? [])];
    this.sources.addToolResult(this.numbers);
  }

  /** A tool's JSON result: calculations are kept (the latest per rule), clause ids and numbers noted. */
  recordToolResult(result: unknown): void {
    const calcs = isCalculation(result)
      ? [result]
      : result && typeof result === 'object' && Array.isArray((result as { calculations?: unknown }).calculations)
        ? (result as { calculations: unknown[] }).calculations.filter(isCalculation)
        : [];
    for (const c of calcs) {
      this.calculations.set(c.ruleId, c);
      // Only the facts a rule used (trace values) and its amount may be passed on; never a threshold or
      // award parameter, or a model could feed "销售收入500万元" back as the enterprise's own figure.
      const passable = [c.amountYuan, ...c.trace.map((t) => t.value)];
      visitNumbers(passable, (n) => this.numbers.push(n));
      this.sources.addToolResult(passable);
    }
    collectClauseIds(result, this.clauseIds);
  }

  ask(need: NeedsInfo): void {
    if (!this.asked.some((a) => a.fact === need.fact)) this.asked.push(need);
  }

  memory(): LlmMemory {
    return { clauseIds: [...this.clauseIds], numbers: [...new Set(this.numbers)].slice(-MAX_REMEMBERED_NUMBERS) };
  }
}

function collectClauseIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectClauseIds(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'clauseId' && typeof v === 'string') into.add(v);
      else collectClauseIds(v, into);
    }
  }
}
