import { MetricsRegistry } from './metrics.registry';
import { PrometheusChatMetrics } from './prometheus-chat.metrics';

describe('PrometheusChatMetrics', () => {
  it('exposes answers by outcome and mode, grounding failures, model calls with latency, fallbacks', async () => {
    const registry = new MetricsRegistry();
    const m = new PrometheusChatMetrics(registry);
    m.answer('answered', 'offline');
    m.answer('answered', 'offline');
    m.answer('fallback', 'offline');
    m.groundingFailure('openai');
    m.modelCall(1.2, true);
    m.modelCall(30, false);
    m.fallback('timeout');
    m.fallback('模型返回了无法解析的内容');
    const text = await registry.text();
    expect(text).toContain('chat_answers_total{outcome="answered",mode="offline"} 2');
    expect(text).toContain('chat_answers_total{outcome="fallback",mode="offline"} 1');
    expect(text).toContain('chat_grounding_failures_total{mode="openai"} 1');
    expect(text).toContain('chat_model_calls_total{ok="true"} 1');
    expect(text).toContain('chat_model_calls_total{ok="false"} 1');
    expect(text).toContain('chat_model_call_seconds_bucket{le="2",ok="true"} 1');
    expect(text).toContain('chat_fallbacks_total{reason="timeout"} 1');
    // Free text never becomes a label value.
    expect(text).toContain('chat_fallbacks_total{reason="other"} 1');
  });

  it('works without a shared registry (a chat module built alone)', () => {
    expect(() => new PrometheusChatMetrics().answer('refused', 'openai')).not.toThrow();
  });
});
