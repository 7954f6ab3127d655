import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Prompts } from '../../chat/llm/prompts';
import { KeyValueStore } from '../../common/state/key-value.store';
import { SETTINGS } from '../../config/config.module';
import type { Settings } from '../../config/settings.schema';
import { CorpusService } from '../../corpus/corpus.service';
import { DrainState } from '../../observability/lifecycle/drain-state';
import { RecordStore } from '../../records/record-store.port';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { ApiDoc } from '../../common/api-doc.decorator';
import { healthResponse, liveResponse } from './openapi/response.schemas';

const STARTED_AT = Date.now();

@Controller('api/health')
export class HealthController {
  constructor(
    private readonly corpus: CorpusService,
    private readonly retrieval: RetrievalService,
    private readonly prompts: Prompts,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly state: KeyValueStore,
    private readonly drain: DrainState,
    private readonly records: RecordStore,
  ) {}

  /**
   * Readiness, for the load balancer: 200 only when this instance can answer — the index is built, the
   * shared state (Redis, when configured) answers, and no shutdown is under way; 503 otherwise.
   * `records` says whether turns and feedback are being kept, but never makes it 503: the chat works
   * without them, and taking every instance out over a full disk would turn lost records into an outage.
   */
  @Get()
  @ApiDoc({
    tag: '运行状态',
    summary: '就绪检查（负载均衡用）：索引已建好、共享存储可用、未在停机时 200',
    responses: {
      200: { description: '可以接受请求（status: ok）', schema: healthResponse },
      503: { description: '尚未就绪（starting）、Redis 不可用（unavailable）或正在停机（stopping），响应体同上', schema: healthResponse },
    },
  })
  async health(@Res({ passthrough: true }) res: Response) {
    const retrieval = this.retrieval.status();
    const stateOk = await this.state.ping();
    const status = this.drain.draining ? 'stopping' : !retrieval.ready ? 'starting' : !stateOk ? 'unavailable' : 'ok';
    if (status !== 'ok') res.status(503);
    return {
      status,
      mode: this.settings.LLM_PROVIDER,
      // Which model answers (never the key), so operators can tell what a fallback fell back from.
      llm:
        this.settings.LLM_PROVIDER === 'openai'
          ? { model: this.settings.OPENAI_MODEL, baseUrl: this.settings.OPENAI_BASE_URL ?? 'https://api.openai.com/v1' }
          : null,
      corpus: {
        hash: this.corpus.hash,
        clauses: this.corpus.all().length,
        documents: this.corpus.documents().map((d) => ({ id: d.meta.id, title: d.meta.title, status: d.meta.status })),
      },
      retrieval,
      prompts: { hash: this.prompts.hash },
      state: { backend: this.state.backend, ok: stateOk },
      records: this.records.status(),
    };
  }

  /** Liveness: 200 while the process runs and its event loop turns (restart it only when this fails). */
  @Get('live')
  @ApiDoc({
    tag: '运行状态',
    summary: '存活检查（进程守护用）：进程在运行即 200',
    responses: { 200: { description: '存活', schema: liveResponse } },
  })
  live() {
    return { status: 'ok', uptimeSeconds: Math.round((Date.now() - STARTED_AT) / 1000) };
  }
}
