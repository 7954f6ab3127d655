/**
 * What the chat reports for monitoring. No-op by default; the observability module binds a Prometheus
 * implementation. Reporting never fails a turn.
 */
export abstract class ChatMetrics {
  /** One answered turn: by outcome and by the mode that produced it (`openai`, or `offline` incl. fallbacks). */
  abstract answer(outcome: string, mode: 'offline' | 'openai'): void;
  /** An answer rejected by the numeric grounding check (then retried or replaced). */
  abstract groundingFailure(mode: 'offline' | 'openai'): void;
  /** One call to the language model: its latency and whether it succeeded. */
  abstract modelCall(seconds: number, ok: boolean): void;
  /** A turn of the LLM mode answered by the offline engine instead (error, timeout, failed guard). */
  abstract fallback(reason: string): void;
  /** A message whose reading ran past its time budget, answered from clause search alone. */
  abstract understandingOverBudget(): void;
}

export class NoopChatMetrics extends ChatMetrics {
  answer(): void {}
  groundingFailure(): void {}
  modelCall(): void {}
  fallback(): void {}
  understandingOverBudget(): void {}
}
