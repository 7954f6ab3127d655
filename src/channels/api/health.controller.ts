import { Controller, Get, Inject } from '@nestjs/common';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { CorpusService } from '../../corpus/corpus.service';

@Controller('api/health')
export class HealthController {
  constructor(
    private readonly corpus: CorpusService,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  @Get()
  health() {
    return {
      status: 'ok',
      mode: this.settings.LLM_PROVIDER,
      corpus: {
        hash: this.corpus.hash,
        clauses: this.corpus.all().length,
        documents: this.corpus.documents().map((d) => ({ id: d.meta.id, title: d.meta.title, status: d.meta.status })),
      },
    };
  }
}
