import { INestApplicationContext } from '@nestjs/common';
import { ChatService } from '../src/chat/chat.service';
import { CorpusService } from '../src/corpus/corpus.service';
import { createChatContext, loadChatCases, runChatEval } from '../evals/chat-metrics';

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
});
