import { INestApplicationContext } from '@nestjs/common';
import { ChatService } from '../src/chat/chat.service';
import { CorpusService } from '../src/corpus/corpus.service';
import { createChatContext, loadChatCases, runChatEval } from '../evals/chat-metrics';
import { loadTraps, runTraps } from '../evals/traps-eval';

// Guards the figures in evals/RESULTS.md: no wrong amount ever, and the pass rate does not slip. No timing here.
describe('offline chat quality on evals/chat.jsonl', () => {
  let ctx: INestApplicationContext;
  beforeAll(async () => {
    ctx = await createChatContext();
  });
  afterAll(() => ctx.close());

  it('states no wrong amount and passes at least 95 % of turns', async () => {
    const report = await runChatEval(loadChatCases(), ctx.get(ChatService), ctx.get(CorpusService));
    expect(report.turns).toBeGreaterThanOrEqual(150);
    const wrong = report.outcomes.filter((o) => o.wrongAmount).map((o) => `${o.caseId}#${o.turn} ${o.failures.join('；')}`);
    expect(wrong).toEqual([]);
    expect(report.passRate).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  // A ratchet on evals/traps.jsonl: the over-paying turns left (see RESULTS.md) may only go down.
  it('pays more than the policy supports on no more trap turns than recorded (11)', async () => {
    const report = await runTraps(loadTraps(), ctx.get(ChatService));
    expect(report.checked).toBeGreaterThanOrEqual(300);
    expect(report.over.length).toBeLessThanOrEqual(9);
  }, 60_000);
});
