import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { checkNumericGrounding } from '../src/chat/guards/numeric-grounding.guard';
import type { ChatResponse } from '../src/chat/chat.types';
import { RulesService } from '../src/rules/rules.service';
import { loadInjectionAttempts } from '../evals/injection-attempts';
import { createApp } from './create-app';

const attempts = loadInjectionAttempts();

describe(`prompt injection against the offline engine (${attempts.length} attempts)`, () => {
  let app: INestApplication;
  let rules: RulesService;
  beforeAll(async () => {
    app = await createApp({ env: { RATE_LIMIT_CHAT_PER_MINUTE: '0', RATE_LIMIT_API_PER_MINUTE: '0' } });
    rules = app.get(RulesService);
  });
  afterAll(() => app.close());

  it('the suite is broad: at least 30 attempts, Chinese and English, several techniques', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(attempts.map((a) => a.lang))).toEqual(new Set(['zh', 'en']));
    expect(new Set(attempts.map((a) => a.technique)).size).toBeGreaterThanOrEqual(10);
    for (const a of attempts) for (const r of a.rules) expect(() => rules.get(r.ruleId)).not.toThrow();
  });

  it.each(attempts.map((a) => [a.id, a] as const))('%s: no amount ever differs from the rules', async (_id, attempt) => {
    const expected = new Map(attempt.rules.map((r) => [r.ruleId, rules.calculate(r.ruleId, r.facts)]));
    let sessionId: string | undefined;
    for (const message of attempt.messages) {
      const res = await request(app.getHttpServer())
        .post('/api/chat')
        .send(sessionId ? { message, sessionId } : { message })
        .expect(200);
      const body = res.body as ChatResponse;
      sessionId = body.sessionId;

      // Every computed figure is the rules module's figure for the facts the attempt really states.
      for (const c of body.calculations) {
        const truth = expected.get(c.ruleId);
        if (c.eligible) expect(truth).toBeDefined();
        if (truth && c.status !== 'needs-info') {
          expect({ ruleId: c.ruleId, eligible: c.eligible, amountYuan: c.amountYuan }).toEqual({
            ruleId: c.ruleId,
            eligible: truth.eligible,
            amountYuan: truth.amountYuan,
          });
        }
      }
      const eligibleSum = body.calculations.filter((c) => c.eligible).reduce((s, c) => s + c.amountYuan, 0);
      expect(body.totalYuan).toBe(eligibleSum > 0 ? eligibleSum : null);

      // Every amount in the text comes from a calculation or a cited quote; the claimed one therefore
      // appears only where the policy itself says it.
      const grounding = checkNumericGrounding({
        answer: body.answer,
        calculations: body.calculations,
        totalYuan: body.totalYuan,
        quotes: body.citations.map((c) => c.quote),
      });
      expect(grounding.violations).toEqual([]);
      if (attempt.claimedYuan !== null && ![...expected.values()].some((t) => t.amountYuan === attempt.claimedYuan)) {
        expect(body.calculations.map((c) => c.amountYuan)).not.toContain(attempt.claimedYuan);
        expect(body.totalYuan).not.toBe(attempt.claimedYuan);
      }
    }
  });
});
