import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { z } from 'zod';
import { parseInput } from '../../common/zod-input';
import { EligibilityResult, EligibilityService } from '../../rules/eligibility.service';
import { profileSchema } from '../../rules/profile.schema';
import { Calculation } from '../../rules/rule';
import { RuleSummary, RulesService } from '../../rules/rules.service';

const eligibilityBody = z.object({ profile: profileSchema }).strict();

/** Thin HTTP layer over the rules: validate the body with the rule's own schema, then calculate. */
@Controller('api')
export class RulesController {
  constructor(
    private readonly rules: RulesService,
    private readonly eligibility: EligibilityService,
  ) {}

  @Get('rules')
  catalogue(): RuleSummary[] {
    return this.rules.catalogue();
  }

  @Get('rules/:ruleId')
  describe(@Param('ruleId') ruleId: string): RuleSummary {
    return this.rules.describe(ruleId);
  }

  @Post('rules/:ruleId/calculate')
  @HttpCode(200)
  calculate(@Param('ruleId') ruleId: string, @Body() body: unknown): Calculation {
    const rule = this.rules.get(ruleId);
    const { facts } = parseInput(z.object({ facts: rule.schema }).strict(), body ?? {}, '请求参数');
    return this.rules.run(rule, facts as Record<string, unknown>);
  }

  @Post('eligibility')
  @HttpCode(200)
  check(@Body() body: unknown): EligibilityResult {
    const { profile } = parseInput(eligibilityBody, body ?? {}, '请求参数');
    return this.eligibility.assess(profile);
  }
}
