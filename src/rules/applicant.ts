import { SHARED_FACTS, type Profile, type ProfileKey } from './profile.schema';
import type { Applicants, TraceStep, Verdict } from './rule';

/** Who applies and where: facts every rule reads (checked here unless the rule reads them itself). */
export const APPLICANT_FACTS: readonly ProfileKey[] = SHARED_FACTS;

/**
 * The district reading: the policy is 金东区人民政府's, so its awards go to units in Jindong. Written down in
 * docs/interpretations.md; the clause cited is the title, which names the issuer.
 */
export const DISTRICT_READING = {
  clauseId: 'title',
  quote: '金华市金东区人民政府关于促进知识产权高质量发展的若干政策意见',
  because: '本政策为金东区人民政府的政策，奖补对象为金东区内的单位',
} as const;

export function applicantWords(a: Applicants, last = '、'): string {
  if (a.kinds.includes('单位')) return '申报单位';
  return a.kinds.length > 1 ? `${a.kinds.slice(0, -1).join('、')}${last}${a.kinds[a.kinds.length - 1]}` : a.kinds[0];
}

function step(clauseId: string, label: string, value: string | boolean, outcome: 'pass' | 'fail', detail: string): TraceStep {
  return { clauseId, kind: 'condition', label, value, outcome, detail, paramIds: [] };
}

/**
 * Runs a rule with its applicant conditions: a stated applicant of another kind, or outside Jindong, makes
 * the award ineligible whatever else holds; an unstated one is assumed to qualify, and the result says so
 * (「按金东区内的企业测算」). Facts the rule reads itself (`own`) are left to it.
 */
export function withApplicant(a: Applicants, own: ReadonlySet<ProfileKey>, facts: Partial<Profile>, evaluate: () => Verdict): Verdict {
  const steps: TraceStep[] = [];
  const failures: string[] = [];
  const assumed: { where?: boolean; who?: boolean } = {};
  const anyUnit = a.kinds.includes('单位');

  if (!own.has('locatedInJindong')) {
    if (facts.locatedInJindong === false) {
      const detail = `申报单位不在金东区内（${DISTRICT_READING.because}）`;
      steps.push(step(DISTRICT_READING.clauseId, '申报单位在金东区内', false, 'fail', detail));
      failures.push(detail);
    } else if (facts.locatedInJindong === true) {
      steps.push(step(DISTRICT_READING.clauseId, '申报单位在金东区内', true, 'pass', '申报单位在金东区内'));
    } else assumed.where = true;
  }
  if (!own.has('organizationType')) {
    const type = facts.organizationType;
    if (type === undefined) assumed.who = !anyUnit;
    else if (anyUnit || (a.kinds as readonly string[]).includes(type)) {
      steps.push(step(a.clauseId, `申报单位为${applicantWords(a)}`, type, 'pass', `申报单位为${type}`));
    } else {
      // 个人发明人, 自然人: no unit at all, said as such.
      const who = type === '其他' ? '申报人为个人或其他非单位主体' : `申报单位为${type}`;
      const detail = `本条奖补对象为${applicantWords(a)}（原文“${a.quote}”），${who}`;
      steps.push(step(a.clauseId, `申报单位为${applicantWords(a)}`, type, 'fail', detail));
      failures.push(detail);
    }
  }

  const v = evaluate();
  if (failures.length) {
    const reasons = [...failures, ...(v.status === 'ineligible' ? v.reasons : [])];
    return { status: 'ineligible', amountYuan: 0, trace: [...steps, ...v.trace], needsInfo: [], caps: [], reasons, notes: v.notes };
  }
  const notes = [...v.notes];
  if (assumed.where || assumed.who) {
    const who = assumed.who ? applicantWords(a, '或') : (facts.organizationType ?? applicantWords(a));
    notes.push(`按${assumed.where ? '金东区内的' : ''}${who}测算${assumed.where ? `（${DISTRICT_READING.because}）` : ''}。`);
  }
  return { ...v, trace: [...steps, ...v.trace], notes };
}
