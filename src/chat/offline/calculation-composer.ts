import { STACKING, versionTip } from '../../rules/caveats';
import { formatYuan } from '../../rules/money';
import type { Calculation, Param, Rule, TraceStep } from '../../rules/rule';
import { findRule } from '../../rules/rules.registry';

const MARK = { pass: '✓', fail: '✗', unknown: '？' } as const;

/** Trace lines a caller wants to hear: the facts checked and the sums, not the tier bookkeeping. */
function keySteps(c: Calculation): TraceStep[] {
  return c.trace.filter(
    (s) =>
      s.kind === 'calculation' ||
      (s.kind === 'condition' && s.outcome !== 'unknown' && s.value !== undefined && typeof s.value !== 'string'),
  );
}

function stepLine(s: TraceStep): string {
  return `  ${s.outcome ? `${MARK[s.outcome]} ` : '· '}${s.detail}`;
}

/**
 * The amount as the text gives it: 「最高可获」 where the text sets a ceiling (不高于), and beside it the amount
 * under the other reading of ambiguous wording (「按原文字面，可获45万元；如主管部门按…执行，则为40万元。」).
 */
function headline(c: Calculation): string {
  const verb = c.ceiling ? '最高可获' : '测算可获';
  if (!c.alternatives.length) return `${verb}${formatYuan(c.amountYuan)}。`;
  const others = c.alternatives.map((a) => `${a.reading}，则为${formatYuan(a.amountYuan)}`).join('；');
  return `按原文字面，${verb.replace('测算', '')}${formatYuan(c.amountYuan)}；${others}。`;
}

export const STANDARD_ROLES: readonly Param['role'][] = ['amount', 'unit-amount', 'rate', 'cap'];

/**
 * What the text pays for an award, in its own parameters' labels and figures (新增10件以上奖励20万元；…):
 * the figure a category question asks for. `quoted` limits it to parameters whose words the answer cites.
 */
export function standardOf(rule: Rule, quoted?: (p: Param) => boolean): string | undefined {
  const parts = rule.params
    .filter((p) => STANDARD_ROLES.includes(p.role) && (!quoted || quoted(p)))
    .map((p) => `${p.label}${p.unit === 'percent' ? `${p.value}%` : formatYuan(p.value)}`);
  return parts.length ? parts.join('；') : undefined;
}

/** Lines of why under an amount: a phone screen holds the answer, the why and the quote. */
const MAX_WHY_LINES = 3;

/**
 * Why this amount, in at most three lines: the sums (and a cap), then the tier conditions missed. Each
 * condition met, and the reading notes, stay in the calculation for the card.
 */
function whyLines(c: Calculation): string[] {
  // An either-or met by one side reads the same as that side: each line once.
  const sums = [...new Set(c.trace.filter((s) => s.kind === 'calculation').map(stepLine))];
  const capped = sums.some((l) => l.includes('上限'));
  const caps = capped ? [] : (c.capApplied ?? []).map((cap) => `  · ${cap.scope}按上限${formatYuan(cap.capYuan)}封顶（未封顶为${formatYuan(cap.uncappedYuan)}）`);
  const missed = [...new Set(keySteps(c).filter((s) => s.kind === 'condition' && s.outcome === 'fail').map(stepLine))];
  const room = Math.max(0, MAX_WHY_LINES - sums.length - caps.length);
  return [...missed.slice(0, room), ...sums, ...caps].slice(0, MAX_WHY_LINES);
}

const SILENCE = /没有规定|未规定|没有写明|未写明/;

/** A reading note that says where the text is silent (the definition of 高价值发明专利): said, once. */
function silenceNote(c: Calculation): string | undefined {
  const sentence = c.assumptions.join('').split(/(?<=。)/).find((s) => SILENCE.test(s));
  return sentence ? `  说明：${sentence}` : undefined;
}

/**
 * One award's part of the answer, built only from the calculation: the amount (or the unmet condition, or
 * the question) first, then at most three lines of why.
 */
export function composeCalculation(c: Calculation, known: boolean): string {
  const head = `【${c.title}】`;
  if (c.status === 'eligible') {
    const note = silenceNote(c);
    // Tiers or levels: the table too, so the applicant sees where they land and what the next step pays.
    const rule = findRule(c.ruleId);
    const tiers = rule && rule.params.filter((p) => p.role === 'amount' || p.role === 'unit-amount').length > 1 ? standardOf(rule) : undefined;
    return [`${head}${headline(c)}`, ...whyLines(c), ...(tiers ? [`  原文标准：${tiers}。`] : []), ...(note ? [note] : [])].join('\n');
  }
  if (c.status === 'ineligible') {
    // The rule's own reasons, as its explanation states them (e.g. 年销售收入450万元，未达到500万元).
    const why = /不符合条件——(.+?)。?$/m.exec(c.explanation)?.[1] ?? '条件未满足';
    return `${head}按您提供的情况，不符合条件：${why}。`;
  }
  const [first, ...rest] = c.needsInfo;
  const ask = first ? first.question : '请补充相关情况。';
  const more = rest.length ? `\n  （之后还需要：${rest.map((n) => n.question.replace(/？$/, '')).join('；')}）` : '';
  // The standard first, so a question about the category is answered before the question about the case.
  const rule = findRule(c.ruleId);
  const standard = rule && standardOf(rule);
  // Every missing fact a yes/no: the amount were they met comes first (若国外胜诉，最高可获30万元).
  const cond = c.conditional;
  const lead = cond
    ? `若${cond.condition}，${cond.ceiling ? '最高可获' : '可获'}${formatYuan(cond.amountYuan)}。`
    : `${standard ? `原文标准：${standard}。` : ''}${known ? '还差一些信息才能测算。' : '如需测算您能获得多少，'}`;
  return `${head}${lead}请问：${ask}${more}`;
}

export function totalLine(calculations: Calculation[]): string | undefined {
  const eligible = calculations.filter((c) => c.eligible);
  if (eligible.length < 2) return undefined;
  const total = eligible.reduce((s, c) => s + c.amountYuan, 0);
  return `合计可获${formatYuan(total)}（以下${eligible.length}项相加）。`;
}

/** The closing tip of a calculated answer, in the words of the version the calculations used. */
export function caveatLine(calculations: readonly Calculation[]): string {
  return `提示：${versionTip(calculations[0]?.policyVersion)}；${STACKING.short}。`;
}
