import type { Calculation, NeedsInfo } from '../../rules/rule';
import { visitNumbers } from '../guards/numeric-grounding.guard';
import { extractFacts } from '../nlu/fact-extractor';
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
  /** Ids of tool calls whose arguments were not valid JSON, sent alongside valid ones; answered with a correction. */
  readonly malformedCallIds = new Set<string>();
  private readonly numbers: number[];
  private mentionedFields?: Set<string>;

  /**
   * @param facts the offline engine's facts for this conversation after this turn (it always runs first):
   *   what the user's words say, read deterministically; tool arguments are checked against them.
   */
  constructor(
    private readonly userTexts: string[],
    memory?: LlmMemory,
    readonly facts?: Record<string, unknown>,
  ) {
    for (const t of userTexts) this.sources.addUserText(t);
    if (facts) this.sources.useFacts(facts);
    this.clauseIds = new Set(memory?.clauseIds ?? []);
    this.numbers = [...(memory?.numbers ?? [])];
    this.sources.addToolResult(this.numbers);
  }

  /** Profile fields the user's messages state or talk about (the offline fact extractor's facts and mentions). */
  get mentioned(): ReadonlySet<string> {
    if (!this.mentionedFields) {
      this.mentionedFields = new Set();
      for (const t of this.userTexts) {
        const read = extractFacts(t, {});
        for (const f of [...Object.keys(read.facts), ...read.mentions]) this.mentionedFields.add(f);
      }
    }
    return this.mentionedFields;
  }

  /** A tool's JSON result: calculations are kept (the latest per rule), clause ids and numbers noted. */
  recordToolResult(result: unknown): void {
    for (const c of calculationsIn(result)) {
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

/** The calculations in a tool result: one rule's, or an eligibility check's. */
export function calculationsIn(result: unknown): Calculation[] {
  if (isCalculation(result)) return [result];
  const list = result && typeof result === 'object' ? (result as { calculations?: unknown }).calculations : undefined;
  return Array.isArray(list) ? list.filter(isCalculation) : [];
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
