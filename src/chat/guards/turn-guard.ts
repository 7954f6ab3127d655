import type { CorpusService } from '../../corpus/corpus.service';
import type { Calculation } from '../../rules/rule';
import { findRule } from '../../rules/rules.registry';
import type { ChatCitation } from '../chat.types';
import { checkNumericGrounding, GroundingViolation } from './numeric-grounding.guard';

/** What the enterprise would receive: the sum of the eligible calculations, or null when none is. */
export function totalOf(calculations: Calculation[]): number | null {
  const eligible = calculations.filter((c) => c.eligible);
  return eligible.length ? eligible.reduce((sum, c) => sum + c.amountYuan, 0) : null;
}

/** The money parameters a calculation applied: what its calculation steps used, not the tiers it only checked. */
function appliedParamYuan(c: Calculation): number[] {
  const used = new Set(c.trace.filter((s) => s.kind === 'calculation').flatMap((s) => s.paramIds));
  return (findRule(c.ruleId)?.params ?? []).filter((p) => p.unit === 'yuan' && used.has(p.id)).map((p) => p.value);
}

export interface TurnCheck {
  ok: boolean;
  /** Citations whose quote is exact corpus text under the right label; the others are dropped. */
  citations: ChatCitation[];
  violations: GroundingViolation[];
}

/**
 * The checks every answer passes whatever produced it (offline engine or model): quotes must be exact
 * corpus text, and every amount or percentage in the answer must come from a calculation or a cited quote.
 */
export function checkTurn(
  turn: { answer: string; citations: ChatCitation[]; calculations: Calculation[] },
  corpus: CorpusService,
  quoteMode: 'anywhere' | 'quoted-spans' = 'anywhere',
): TurnCheck {
  const citations = turn.citations.filter((c) => {
    const clause = corpus.find(c.clauseId);
    return Boolean(clause && c.quote && clause.text.includes(c.quote) && clause.label === c.label);
  });
  const grounding = checkNumericGrounding({
    answer: turn.answer,
    calculations: turn.calculations.map((c) => ({ ...c, appliedParamYuan: appliedParamYuan(c) })),
    totalYuan: totalOf(turn.calculations),
    quotes: citations.map((c) => c.quote),
    quoteMode,
  });
  return { ok: grounding.ok && citations.length === turn.citations.length, citations, violations: grounding.violations };
}
