import { MetricsRegistry } from './metrics.registry';
import { PrometheusRecordsMetrics } from './prometheus-records.metrics';

describe('PrometheusRecordsMetrics', () => {
  it('exposes failed writes by kind and dropped records by kind and reason, every series from 0', async () => {
    const registry = new MetricsRegistry();
    const m = new PrometheusRecordsMetrics(registry, ['turns', 'feedback'], ['day-limit', 'too-large']);
    expect(await registry.text()).toContain('records_write_failures_total{kind="feedback"} 0');
    m.writeFailed('turns', 3);
    m.recordsDropped('turns', 'day-limit', 1);
    m.recordsDropped('turns', 'day-limit', 1);
    m.recordsDropped('feedback', 'too-large', 1);
    const text = await registry.text();
    expect(text).toContain('records_write_failures_total{kind="turns"} 3');
    expect(text).toContain('records_dropped_total{kind="turns",reason="day-limit"} 2');
    expect(text).toContain('records_dropped_total{kind="feedback",reason="too-large"} 1');
    expect(text).toContain('records_dropped_total{kind="feedback",reason="day-limit"} 0');
  });
});
