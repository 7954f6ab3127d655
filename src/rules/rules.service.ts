import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import { DomainError, DOMAIN_ERROR_CODES } from '../common/domain-error';
import { parseInput } from '../common/zod-input';
import { CorpusService } from '../corpus/corpus.service';
import { COMMON_CAVEATS, cityPolicyCaveat } from './caveats';
import { toCalculation } from './define-rule';
import { clauseRef } from './explanation';
import { Interpretation, interpretation } from './interpretations';
import { Applicants, Calculation, Param, Rule } from './rule';
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

/** The rules as a service: catalogue, one calculation, labels from the corpus. Rules themselves stay pure. */
@Injectable()
export class RulesService {
  private readonly logger = new Logger(RulesService.name);
  private readonly summaries: RuleSummary[];

  constructor(private readonly corpus: CorpusService) {
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

  catalogue(): RuleSummary[] {
    return this.summaries;
  }

  describe(ruleId: string): RuleSummary {
    const rule = this.get(ruleId);
    return this.summaries.find((s) => s.id === rule.id) as RuleSummary;
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

  /** Calculates already-validated facts. */
  run(rule: Rule, facts: Record<string, unknown>): Calculation {
    return toCalculation(rule, rule.evaluate(facts), (id) => this.labelOf(id));
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
