import { Injectable, Optional } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { ChatMetrics } from './chat-metrics.port';
import { MetricsRegistry } from './metrics.registry';

/** Fallback reasons are free text from the caller; only short slugs become label values. */
function reasonLabel(reason: string): string {
  return /^[a-z][a-z0-9_-]{0,31}$/.test(reason) ? reason : 'other';
}

/** The chat's reports as Prometheus series (see README “部署与扩展”). */
@Injectable()
export class PrometheusChatMetrics extends ChatMetrics {
  private readonly answers: Counter<'outcome' | 'mode'>;
  private readonly groundingFailures: Counter<'mode'>;
  private readonly modelCalls: Counter<'ok'>;
  private readonly modelSeconds: Histogram<'ok'>;
  private readonly fallbacks: Counter<'reason'>;
  private readonly overBudget: Counter;

  // Optional so that a chat module built without observability (unit tests) still gets working metrics.
  constructor(@Optional() metrics?: MetricsRegistry) {
    super();
    const registers: Registry[] = [metrics?.registry ?? new Registry()];
    this.answers = new Counter({ name: 'chat_answers_total', help: '对话答复数，按结果和模式', labelNames: ['outcome', 'mode'], registers });
    this.groundingFailures = new Counter({
      name: 'chat_grounding_failures_total',
      help: '未通过数字/引文校验的答复数',
      labelNames: ['mode'],
      registers,
    });
    this.modelCalls = new Counter({ name: 'chat_model_calls_total', help: '语言模型调用次数，按是否成功', labelNames: ['ok'], registers });
    this.modelSeconds = new Histogram({
      name: 'chat_model_call_seconds',
      help: '语言模型单次调用时长（秒）',
      labelNames: ['ok'],
      buckets: [0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
      registers,
    });
    this.fallbacks = new Counter({ name: 'chat_fallbacks_total', help: 'LLM 模式改由离线引擎答复的次数，按原因', labelNames: ['reason'], registers });
    this.overBudget = new Counter({
      name: 'chat_understanding_over_budget_total',
      help: '理解消息超过时限（UNDERSTANDING_BUDGET_MS）、改为只按条款检索作答的次数',
      registers,
    });
  }

  answer(outcome: string, mode: 'offline' | 'openai'): void {
    this.answers.inc({ outcome, mode });
  }

  groundingFailure(mode: 'offline' | 'openai'): void {
    this.groundingFailures.inc({ mode });
  }

  modelCall(seconds: number, ok: boolean): void {
    const labels = { ok: String(ok) };
    this.modelCalls.inc(labels);
    if (Number.isFinite(seconds) && seconds >= 0) this.modelSeconds.observe(labels, seconds);
  }

  fallback(reason: string): void {
    this.fallbacks.inc({ reason: reasonLabel(reason) });
  }

  understandingOverBudget(): void {
    this.overBudget.inc();
  }
}
