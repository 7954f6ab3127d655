import { Module } from '@nestjs/common';
import { CorpusModule } from '../corpus/corpus.module';
import { EligibilityService } from './eligibility.service';
import { POLICY_CLOCK, PolicyClock, RulesService } from './rules.service';

@Module({
  imports: [CorpusModule],
  // The clock that picks the policy version in force; tests override it to fix the date.
  providers: [RulesService, EligibilityService, { provide: POLICY_CLOCK, useValue: (() => new Date()) satisfies PolicyClock }],
  exports: [RulesService, EligibilityService, POLICY_CLOCK],
})
export class RulesModule {}
