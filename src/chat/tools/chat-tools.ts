import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { CorpusService } from '../../corpus/corpus.service';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { searchQuerySchema } from '../../retrieval/search-query.schema';
import { EligibilityService } from '../../rules/eligibility.service';
import { profileSchema } from '../../rules/profile.schema';
import type { Calculation } from '../../rules/rule';
import { RULES } from '../../rules/rules.registry';
import { RulesService } from '../../rules/rules.service';

/** One tool the deciders may call: the offline engine in code, the LangChain agent through the model. */
export interface ChatTool {
  name: string;
  /** Chinese: the model reads it. */
  description: string;
  schema: z.ZodType;
  invoke(args: unknown): Promise<unknown>;
}

const clauseLookupSchema = z.object({
  clauseId: z.string().min(1).describe('条款编号，如 art.4.2、final.stacking（来自检索结果）'),
});

export const CALCULATE_PREFIX = 'calculate_';

/**
 * The tool surface shared by both deciders: a calculation tool per rule (its zod schema, described in
 * Chinese), eligibility over a profile, clause search and clause lookup. Arguments are validated with the
 * same schemas as the HTTP API; a bad call returns a Chinese error instead of throwing.
 */
@Injectable()
export class ChatTools {
  private readonly tools: Map<string, ChatTool>;

  constructor(
    private readonly rules: RulesService,
    eligibility: EligibilityService,
    retrieval: RetrievalService,
    corpus: CorpusService,
  ) {
    const list: ChatTool[] = [
      ...RULES.map((rule) => ({
        name: `${CALCULATE_PREFIX}${rule.id}`,
        description: `测算“${rule.title}”（${rules.labelOf(rule.clauseId)}）。只填写用户明确给出的事实，缺少的不要猜，结果会列出需要追问的问题。`,
        schema: rule.schema,
        invoke: async (args: unknown) => this.rules.run(rule, rule.schema.parse(args) as Record<string, unknown>),
      })),
      {
        name: 'check_eligibility',
        description: '按企业画像一次性测算所有相关奖补项目，返回各项结果、合计金额和仍需补充的信息。',
        schema: profileSchema,
        invoke: async (args: unknown) => eligibility.assess(profileSchema.parse(args)),
      },
      {
        name: 'search_clauses',
        description: '在政策原文中检索与问题相关的条款，返回条款编号、标签和原文。',
        schema: searchQuerySchema,
        invoke: async (args: unknown) => {
          const { q, k } = searchQuerySchema.parse(args);
          return (await retrieval.search(q, k)).map((h) => ({ clauseId: h.clause.id, label: h.clause.label, text: h.clause.text }));
        },
      },
      {
        name: 'get_clause',
        description: '按条款编号读取政策原文的一条。',
        schema: clauseLookupSchema,
        invoke: async (args: unknown) => {
          const c = corpus.get(clauseLookupSchema.parse(args).clauseId);
          return { clauseId: c.id, label: c.label, text: c.text };
        },
      },
    ];
    this.tools = new Map(list.map((t) => [t.name, t]));
  }

  list(): ChatTool[] {
    return [...this.tools.values()];
  }

  get(name: string): ChatTool | undefined {
    return this.tools.get(name);
  }

  /** Calls a tool by name; unknown tools and invalid arguments come back as `{ error }`, never as an exception. */
  async invoke(name: string, args: unknown): Promise<unknown> {
    const tool = this.tools.get(name);
    if (!tool) return { error: `没有名为“${name}”的工具` };
    const parsed = tool.schema.safeParse(args);
    if (!parsed.success) {
      return { error: `参数无效：${parsed.error.issues.map((i) => `${i.path.join('.') || '(参数)'}：${i.message}`).join('；')}` };
    }
    return tool.invoke(parsed.data);
  }

  /** The result for a level or kind the rule does not list (see RulesService.unlisted), for the offline engine. */
  unlisted(ruleId: string, what: string): Calculation {
    return this.rules.unlisted(this.rules.get(ruleId), what);
  }

  /** The same thing asked to be paid again: not eligible, and why (RulesService.repeated). */
  repeated(ruleId: string): Calculation {
    return this.rules.repeated(this.rules.get(ruleId));
  }

  /** The calculation tool of one rule, for the offline engine. */
  async calculate(ruleId: string, facts: Record<string, unknown>): Promise<Calculation> {
    const result = await this.invoke(`${CALCULATE_PREFIX}${ruleId}`, facts);
    if (result && typeof result === 'object' && 'error' in result) throw new Error(String((result as { error: string }).error));
    return result as Calculation;
  }
}
