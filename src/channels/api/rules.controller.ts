import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { z } from 'zod';
import { ApiDoc } from '../../common/api-doc.decorator';
import { parseInput } from '../../common/zod-input';
import { isDay } from '../../corpus/document-meta.schema';
import { EligibilityResult, EligibilityService } from '../../rules/eligibility.service';
import { profileSchema } from '../../rules/profile.schema';
import { Calculation, Rule } from '../../rules/rule';
import { RULES } from '../../rules/rules.registry';
import { PolicyChanges, RuleSummary, RulesService } from '../../rules/rules.service';
import { calculationResponse, eligibilityResponse, errorResponse, policyChangesResponse, ruleSummaryResponse } from './openapi/response.schemas';

const eligibilityBody = z.object({ profile: profileSchema.describe('企业画像：已知的事实，未知的不填') }).strict();

/** The body of one rule's calculation: its own facts schema, nothing else. */
const calculateBody = (rule: Rule) => z.object({ facts: rule.schema.describe(`${rule.title}的测算事实`) }).strict();

const CALCULATE_BODIES = new Map(RULES.map((r) => [r.id, calculateBody(r)]));

/** For the API description: the body is the one of the rule named in the path. */
const anyCalculateBody = z.union(RULES.map((r) => CALCULATE_BODIES.get(r.id)!.meta({ title: r.id, description: `${r.id}：${r.title}` })));

const ruleIdParams = z.object({ ruleId: z.enum(RULES.map((r) => r.id)).describe('规则编号（GET /api/rules 列出全部）') });

const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** A policy version: its id, or a date meaning the version in force that day (Beijing time). */
const versionRef = (name: string) =>
  z
    .string({ error: `${name} 应为政策版本编号或 YYYY-MM-DD 格式的日期` })
    .trim()
    .min(1, { error: `${name} 不能为空` })
    .max(100, { error: `${name} 不能超过 100 个字符` })
    .refine((v) => (DATE_LIKE.test(v) ? isDay(v) : /^[a-z0-9-]+$/.test(v)), {
      error: `${name} 应为政策版本编号（如 jindong-ip-2023-draft）或 YYYY-MM-DD 格式的日期（如 2025-01-01）`,
    });

const changesQuery = z.object({
  from: versionRef('from').optional().describe('起点：政策版本编号，或日期 YYYY-MM-DD（当日施行的版本）；默认第一个版本（征求意见稿）'),
  to: versionRef('to').optional().describe('终点：政策版本编号或日期；默认今天施行的版本'),
});

const ruleNotFound = { description: '规则编号不存在（RULE_NOT_FOUND）', schema: errorResponse };

/** Thin HTTP layer over the rules: validate the body with the rule's own schema, then calculate. */
@Controller('api')
export class RulesController {
  constructor(
    private readonly rules: RulesService,
    private readonly eligibility: EligibilityService,
  ) {}

  @Get('rules')
  @ApiDoc({
    tag: '测算',
    summary: '测算规则目录：编号、名称、条款、输入的 JSON Schema、带原文出处的参数、测算口径',
    responses: { 200: { description: '全部规则', schema: z.array(ruleSummaryResponse) } },
  })
  catalogue(): RuleSummary[] {
    return this.rules.catalogue();
  }

  // Declared before rules/:ruleId, which would otherwise take “changes” for a rule id.
  @Get('rules/changes')
  @ApiDoc({
    tag: '测算',
    summary: '两个政策版本之间参数的变化：每个数字的旧值、新值及各自的原文与条款',
    description:
      'from、to 可写版本编号或日期（YYYY-MM-DD，表示当日施行的版本）。只有征求意见稿时，任何两个版本之间都没有变化，changes 为空。',
    query: changesQuery,
    responses: {
      200: { description: '两个版本与变化的参数', schema: policyChangesResponse },
      404: { description: '版本编号不存在（NOT_FOUND）', schema: errorResponse },
    },
  })
  changes(@Query() query: Record<string, unknown>): PolicyChanges {
    const { from, to } = parseInput(changesQuery, query, '查询参数');
    return this.rules.changes(from, to);
  }

  @Get('rules/:ruleId')
  @ApiDoc({
    tag: '测算',
    summary: '一条规则的说明',
    params: ruleIdParams,
    responses: { 200: { description: '规则', schema: ruleSummaryResponse }, 404: ruleNotFound },
  })
  describe(@Param('ruleId') ruleId: string): RuleSummary {
    return this.rules.describe(ruleId);
  }

  @Post('rules/:ruleId/calculate')
  @HttpCode(200)
  @ApiDoc({
    tag: '测算',
    summary: '按一条规则测算：是否符合、金额（整数元）、封顶、逐步核对过程、引文、缺少的信息',
    description: '请求体为 { "facts": {…} }，facts 的字段按路径中的规则而定（即 GET /api/rules/{ruleId} 的 inputSchema）；缺少的事实不要填，结果的 needsInfo 会列出。',
    params: ruleIdParams,
    body: anyCalculateBody,
    responses: { 200: { description: '测算结果', schema: calculationResponse }, 404: ruleNotFound },
  })
  calculate(@Param('ruleId') ruleId: string, @Body() body: unknown): Calculation {
    const rule = this.rules.get(ruleId);
    const { facts } = parseInput(CALCULATE_BODIES.get(rule.id) ?? calculateBody(rule), body ?? {}, '请求参数');
    return this.rules.run(rule, facts as Record<string, unknown>);
  }

  @Post('eligibility')
  @HttpCode(200)
  @ApiDoc({
    tag: '测算',
    summary: '按企业画像测算所涉及的全部规则、合计金额与还需补充的信息',
    body: eligibilityBody,
    responses: { 200: { description: '资格与金额', schema: eligibilityResponse } },
  })
  check(@Body() body: unknown): EligibilityResult {
    const { profile } = parseInput(eligibilityBody, body ?? {}, '请求参数');
    return this.eligibility.assess(profile);
  }
}
