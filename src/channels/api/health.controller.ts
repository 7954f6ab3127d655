import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Prompts } from '../../chat/llm/prompts';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { CorpusService } from '../../corpus/corpus.service';
import { RetrievalService } from '../../retrieval/retrieval.service';

@Controller('api/health')
export class HealthController {
  constructor(
    private readonly corpus: CorpusService,
    private readonly retrieval: RetrievalService,
    private readonly prompts: Prompts,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  @Get()
  health(@Res({ passthrough: true }) res: Response) {
    const retrieval = this.retrieval.status();
    if (!retrieval.ready) res.status(503);
    return {
      status: retrieval.ready ? 'ok' : 'starting',
      mode: this.settings.LLM_PROVIDER,
      corpus: {
        hash: this.corpus.hash,
        clauses: this.corpus.all().length,
        documents: this.corpus.documents().map((d) => ({ id: d.meta.id, title: d.meta.title, status: d.meta.status })),
      },
      retrieval,
      prompts: { hash: this.prompts.hash },
    };
  }
}
