import { formatYuan } from './money';
import { TraceStep, Verdict } from './rule';

/**
 * `art.4.1` → `第4条第1款`, `art.2` → `第2条`, also in a later version's text (`jd2025:art.4.1`, with its
 * clauseIdPrefix); other ids stay as they are.
 */
export function clauseRef(clauseId: string): string {
  const m = /^(?:[^:]*:)?art\.(\d+)(?:\.(\d+))?$/.exec(clauseId);
  if (!m) return clauseId;
  return m[2] ? `第${m[1]}条第${m[2]}款` : `第${m[1]}条`;
}

const MARK: Record<string, string> = { pass: '（符合）', fail: '（不符合）', unknown: '（待补充）' };

function stepLine(s: TraceStep): string {
  return `［${clauseRef(s.clauseId)}］${s.detail}${s.outcome ? MARK[s.outcome] : ''}`;
}

/**
 * A deterministic Chinese explanation, built only from the verdict: the conclusion, each condition and
 * step with its clause, the caps, the assumptions and the caveats. Same input, same text.
 */
export function explain(
  rule: { title: string; clauseId: string },
  v: Verdict,
  assumptions: readonly string[],
  caveats: readonly string[],
): string {
  const head = `【${rule.title}】（${clauseRef(rule.clauseId)}）`;
  const conclusion =
    v.status === 'eligible'
      ? `结论：符合条件，${v.ceiling ? '最高可获' : '测算可获'}${formatYuan(v.amountYuan)}（${v.amountYuan}元）。`
      : v.status === 'ineligible'
        ? `结论：不符合条件——${v.reasons.join('；')}。`
        : `结论：尚缺信息，暂无法测算。请补充：${v.needsInfo.map((n) => n.question).join(' ')}`;
  const lines = [head, conclusion];
  if (v.trace.length) {
    lines.push('核对与计算：');
    v.trace.forEach((s, i) => lines.push(`${i + 1}. ${stepLine(s)}`));
  }
  for (const c of v.caps) {
    lines.push(`已适用上限：${c.scope}按${formatYuan(c.capYuan)}封顶（未封顶为${formatYuan(c.uncappedYuan)}，${clauseRef(c.clauseId)}）。`);
  }
  for (const alt of v.status === 'eligible' ? (v.alternatives ?? []) : []) {
    lines.push(`另一种理解：${alt.reading}，则为${formatYuan(alt.amountYuan)}（${alt.amountYuan}元）。`);
  }
  if (assumptions.length) {
    lines.push('测算口径：');
    assumptions.forEach((a) => lines.push(`- ${a}`));
  }
  if (caveats.length) {
    lines.push('提示：');
    caveats.forEach((c) => lines.push(`- ${c}`));
  }
  return lines.join('\n');
}
