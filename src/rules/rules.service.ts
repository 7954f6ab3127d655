import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, DOMAIN_ERROR_CODES } from '../common/domain-error';
import { parseInput } from '../common/zod-input';
import { CorpusService } from '../corpus/corpus.service';
import { COMMON_CAVEATS, cityPolicyCaveat } from './caveats';
import { toCalculation } from './define-rule';
import { clauseRef } from './explanation';
import { Interpretation, interpretation } from './interpretations';
import { inVersion, PolicyVersionInfo, ResolvedVersion, setDefaultVersion } from './policy-version';
import { ParamChange, PolicyVersions, RuleParam } from './policy-versions';
import { Applicants, Calculation, ConditionalAmount, Param, Rule, Verdict } from './rule';
import { ProfileKey, profileShape } from './profile.schema';
import { findRule, RULES } from './rules.registry';

export interface RuleSummary {
  id: string;
  title: string;
  clauseId: string;
  clauseLabel: string;
  /** JSON Schema of `facts` (zod 4 `z.toJSONSchema`); the same schema serves as a tool schema. */
  inputSchema: Record<string, unknown>;
  parameters: Param[];
  assumptions: readonly string[];
  /** Who may apply, in the policy's words. */
  applicants: Applicants;
  /** Readings of ambiguous wording the rule relies on, with the other reading (src/rules/interpretations.ts). */
  interpretations: Interpretation[];
}

/** What "today" is for choosing the policy version in force; tests fix it. */
export type PolicyClock = () => Date;
export const POLICY_CLOCK = Symbol('POLICY_CLOCK');

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in Beijing time (UTC+8), where the policy applies. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export type PolicyVersionView = Pick<PolicyVersionInfo, 'id' | 'title' | 'status' | 'effective'>;

export interface PolicyChanges {
  from: PolicyVersionView;
  to: PolicyVersionView;
  changes: ParamChange[];
}

const view = ({ id, title, status, effective }: PolicyVersionInfo): PolicyVersionView => ({ id, title, status, effective });

/** Every parameter once, with the rules that use it, in rule order. */
function ruleParams(): RuleParam[] {
  const byId = new Map<string, RuleParam>();
  for (const r of RULES) {
    for (const p of r.params) {
      const entry = byId.get(p.id) ?? { param: p, ruleIds: [] };
      entry.ruleIds.push(r.id);
      byId.set(p.id, entry);
    }
  }
  return [...byId.values()];
}

/**
 * The rules as a service: catalogue, one calculation, labels from the corpus, the policy versions. Rules
 * themselves stay pure; each calculation runs in the version in force on its date (src/rules/policy-version.ts).
 */
/** Whether the fact at a path is a missing yes/no: setting it to true still fits the rule's input. */
function isYesNo(rule: Rule, facts: Record<string, unknown>, path: string): boolean {
  const patched = structuredClone(facts);
  return setYes(patched, path) && rule.schema.safeParse(patched).success;
}

/** Sets the yes/no at a path (`newWellKnownTrademark`, `ipPledgeLoans.0.repaidOnTime`) to true; false when no yes/no is missing there. */
function setYes(facts: Record<string, unknown>, path: string): boolean {
  const keys = path.split('.');
  let at: Record<string, unknown> = facts;
  for (const k of keys.slice(0, -1)) {
    const next = at[k];
    if (typeof next !== 'object' || next === null) return false;
    at = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (at[last] !== undefined) return false;
  at[last] = true;
  return true;
}

@Injectable()
export class RulesService implements OnModuleDestroy {
  private readonly logger = new Logger(RulesService.name);
  private readonly summaries: RuleSummary[];
  private readonly versions: PolicyVersions;
  private readonly clock: PolicyClock;
  private readonly undoDefault: () => void;

  constructor(
    private readonly corpus: CorpusService,
    @Optional() @Inject(POLICY_CLOCK) clock?: PolicyClock,
  ) {
    this.clock = clock ?? (() => new Date());
    // A stand-in corpus without documents (unit tests) has only the first version, the code's.
    const documents = typeof corpus.documents === 'function' ? corpus.documents() : [];
    this.versions = PolicyVersions.build(documents, (id) => corpus.find(id), ruleParams());
    this.undoDefault = setDefaultVersion(() => this.inForce());
    this.summaries = RULES.map((r) => ({
      id: r.id,
      title: r.title,
      clauseId: r.clauseId,
      clauseLabel: this.labelOf(r.clauseId),
      inputSchema: z.toJSONSchema(r.schema, { io: 'input' }) as Record<string, unknown>,
      parameters: [...r.params],
      assumptions: r.assumptions,
      applicants: r.applicants,
      interpretations: r.interpretations.map(interpretation),
    }));
    for (const problem of this.uncitedQuotes()) this.logger.warn(problem);
  }

  onModuleDestroy(): void {
    this.undoDefault();
  }

  /** The catalogue with the parameters' figures, quotes and documents of the version in force today. */
  catalogue(): RuleSummary[] {
    return inVersion(this.inForce(), () => this.summaries.map((s) => ({ ...s, parameters: s.parameters.map((p) => ({ ...p })) })));
  }

  describe(ruleId: string): RuleSummary {
    const rule = this.get(ruleId);
    return this.catalogue().find((s) => s.id === rule.id) as RuleSummary;
  }

  /** The version in force on `day` (YYYY-MM-DD, Beijing time), today by default. */
  inForce(day = beijingDay(this.clock())): ResolvedVersion {
    return this.versions.at(day);
  }

  /** Runs `fn` (synchronous) with parameters read in the version in force today. */
  withVersionInForce<T>(fn: () => T): T {
    return inVersion(this.inForce(), fn);
  }

  /** The policy's versions, oldest first. */
  policyVersions(): PolicyVersionInfo[] {
    return this.versions.list();
  }

  /**
   * What changed between two versions, each named by its id or by a date (the version in force on it);
   * `from` defaults to the first version, `to` to the one in force today.
   */
  changes(from?: string, to?: string): PolicyChanges {
    const a = from === undefined ? this.versions.chain[0] : this.version(from, 'from');
    const b = to === undefined ? this.inForce() : this.version(to, 'to');
    return { from: view(a.version), to: view(b.version), changes: this.versions.changes(a, b) };
  }

  private version(ref: string, what: string): ResolvedVersion {
    const found = this.versions.resolve(ref);
    if (!found) {
      const ids = this.versions.list().map((v) => v.id).join('、');
      throw new DomainError(DOMAIN_ERROR_CODES.NOT_FOUND, `未找到政策版本“${ref}”（${what}）。可用的版本：${ids}；也可写日期 YYYY-MM-DD，表示当日施行的版本。`);
    }
    return found;
  }

  get(ruleId: string): Rule {
    const rule = findRule(ruleId);
    if (!rule) {
      throw new DomainError(DOMAIN_ERROR_CODES.RULE_NOT_FOUND, `未找到测算规则“${ruleId}”。可通过 GET /api/rules 查看全部规则编号。`);
    }
    return rule;
  }

  /** Validates `facts` with the rule's schema (Chinese messages naming the field) and calculates. */
  calculate(ruleId: string, facts: unknown, what = '测算事实'): Calculation {
    const rule = this.get(ruleId);
    return this.run(rule, parseInput(rule.schema, facts, what) as Record<string, unknown>);
  }

  /** Calculates already-validated facts in the version in force on `day` (today by default). */
  run(rule: Rule, facts: Record<string, unknown>, day?: string): Calculation {
    const result = inVersion(this.inForce(day), () => toCalculation(rule, rule.evaluate(facts), (id) => this.labelOf(id)));
    const conditional = result.status === 'needs-info' ? this.ifMet(rule, facts, result, day) : undefined;
    return conditional ? { ...result, conditional } : result;
  }

  /**
   * The amount were every missing yes/no condition met: each asked fact set to “yes”, the rule run again.
   * Only when all that is missing is yes/no (a missing figure has no amount to assume) and the result is then
   * eligible; the conditions are named in the questions' words.
   */
  private ifMet(rule: Rule, facts: Record<string, unknown>, result: Calculation, day?: string): ConditionalAmount | undefined {
    if (!result.needsInfo.every((n) => isYesNo(rule, facts, n.fact))) return this.perItem(rule, facts, result, day);
    // The first question alone first (an either-or is met by one side), then all of them.
    for (const needs of [result.needsInfo.slice(0, 1), result.needsInfo]) {
      const patched = structuredClone(facts);
      for (const need of needs) setYes(patched, need.fact);
      if (!rule.schema.safeParse(patched).success) continue;
      const met = inVersion(this.inForce(day), () => toCalculation(rule, rule.evaluate(patched), (id) => this.labelOf(id)));
      if (!met.eligible) continue;
      const condition = needs.map((n) => /是否(.+?)[（(？?]/.exec(n.question)?.[1] ?? n.question.replace(/[？?].*$/, '')).join('，且');
      return { condition, amountYuan: met.amountYuan, ceiling: met.ceiling };
    }
    return undefined;
  }

  /**
   * 承担了市级预警分析项目，奖多少: with only the number of items missing and a fixed sum paid per item, the
   * amount for one item (若按1项计，可获20万元), then the question. Only where two items pay exactly twice
   * one, so no tier or threshold is ever assumed.
   */
  private perItem(rule: Rule, facts: Record<string, unknown>, result: Calculation, day?: string): ConditionalAmount | undefined {
    const field = result.needsInfo.length === 1 ? result.needsInfo[0].fact : undefined;
    const shape = field && !field.includes('.') ? profileShape[field as ProfileKey] : undefined;
    const described = shape && (shape.description ?? ('unwrap' in shape ? (shape.unwrap() as z.ZodType).description : undefined));
    const unit = /（([项件个家国])）$/.exec(described ?? '')?.[1];
    if (!field || !unit) return undefined;
    const amountFor = (n: number) => {
      const patched = { ...facts, [field]: n };
      if (!rule.schema.safeParse(patched).success) return undefined;
      return inVersion(this.inForce(day), () => toCalculation(rule, rule.evaluate(patched), (id) => this.labelOf(id)));
    };
    const [one, two] = [amountFor(1), amountFor(2)];
    if (!one?.eligible || !two?.eligible || one.ceiling || two.amountYuan !== 2 * one.amountYuan) return undefined;
    const counted = unit === '个' && described?.includes('国家') ? '个国家' : unit;
    return { condition: `为1${counted}`, amountYuan: one.amountYuan, ceiling: false };
  }

  /**
   * The result for something the item does not list (省级优势企业 under art.3, a 国家级 navigation project):
   * not eligible under this item, the reason said in those words, no neighbouring level's amount.
   */
  unlisted(rule: Rule, what: string): Calculation {
    return this.notPaid(rule, {
      clauseId: rule.clauseId,
      label: '属于本条列明的情形',
      value: what,
      detail: `${what}：本条未列明，不在本条奖补范围内`,
      reason: `本条未列明${what}的奖补，原文只对列明的情形规定了金额，以主管部门解释为准`,
    });
  }

  /**
   * The same thing asked to be paid again (去年已经拿了…今年还能再申请吗): a one-off award, or one for what is
   * new in the year, is not paid twice for it. Not eligible, the reason in those words, the clause cited.
   */
  repeated(rule: Rule): Calculation {
    const because = rule.oneOff
      ? '一次性奖补：同一事项只发放一次，已领取过的不再重复发放'
      : '奖励针对当年新获得（新认定、新增、新建）的事项，以前年度已获得并领取过的同一事项不再重复奖励';
    return this.notPaid(rule, { clauseId: rule.oneOff?.clauseId ?? rule.clauseId, label: '同一事项此前未领取过', value: '已领取过', detail: because, reason: because });
  }

  /** Not eligible for one stated reason, with the one failed step that says it. */
  private notPaid(rule: Rule, why: { clauseId: string; label: string; value: string; detail: string; reason: string }): Calculation {
    const verdict: Verdict = {
      status: 'ineligible',
      amountYuan: 0,
      trace: [{ clauseId: why.clauseId, kind: 'condition', label: why.label, value: why.value, outcome: 'fail', detail: why.detail, paramIds: [] }],
      needsInfo: [],
      caps: [],
      reasons: [why.reason],
      notes: [],
    };
    return inVersion(this.inForce(), () => toCalculation(rule, verdict, (id) => this.labelOf(id)));
  }

  labelOf(clauseId: string): string {
    return this.corpus.find(clauseId)?.label ?? clauseRef(clauseId);
  }

  /** A corpus edit that breaks a citation is reported at start-up (the tests fail on it too). */
  private uncitedQuotes(): string[] {
    const cited = [
      ...RULES.flatMap((r) => [...r.params, ...(r.cityPolicy ? [cityPolicyCaveat(r.cityPolicy).citation] : [])].map((c) => ({ rule: r.id, ...c }))),
      ...COMMON_CAVEATS.map((c) => ({ rule: '*', ...c.citation })),
    ];
    return cited
      .filter((c) => !this.corpus.find(c.clauseId)?.text.includes(c.quote))
      .map((c) => `规则 ${c.rule} 引用的原文“${c.quote}”在条款 ${c.clauseId} 中未找到`);
  }
}
