import type { TurnRecord } from '../turn-log.port';

let seq = 0;

/** A recorded turn with plausible defaults; tests override what they look at. */
export function turnRecord(overrides: Partial<TurnRecord> = {}): TurnRecord {
  seq++;
  return {
    turnId: `turn-${seq}`,
    sessionId: 'session-1',
    channel: 'web',
    at: '2024-05-01T02:00:00.000Z',
    question: `问题${seq}`,
    answer: `答复${seq}`,
    outcome: 'answered',
    mode: 'offline',
    clauseIds: ['art.2'],
    ruleIds: [],
    totalYuan: null,
    needsInfo: 0,
    ...overrides,
  };
}
