import { Module } from '@nestjs/common';
import { CorpusModule } from '../corpus/corpus.module';
import { EligibilityService } from './eligibility.service';
import { RulesService } from './rules.service';

@Module({
  imports: [CorpusModule],
  providers: [RulesService, EligibilityService],
  exports: [RulesService, EligibilityService],
})
export class RulesModule {}
