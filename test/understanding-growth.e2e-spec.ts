import { INestApplication, INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module';
import { newSession } from '../src/chat/chat-session';
import { OfflineEngine } from '../src/chat/offline/offline-engine';
import { createApp } from './create-app';
import { mixedShapes, runShapes, Shape, wordShapes } from './support/adversarial-shapes';

/**
 * Understanding must grow linearly with the message: one message of 2,000 characters may not stall the
 * process (a run of spaces once took 10 s, cubic in its length). For every shape, the offline engine's
 * whole turn is timed at 500 and at 2,000 characters; 4× the length may cost at most 8× the time.
 * This checks growth, not speed: the ratio is the same on a fast or a slow machine.
 */
const SHORT = 500;
const LONG = 2000;
const MAX_RATIO = 8;
/** Below this a time is timer and scheduling noise, not work; ratios are taken over at least this. */
const NOISE_MS = 0.5;

describe('understanding grows linearly with the message (adversarial shapes)', () => {
  let ctx: INestApplicationContext;
  let engine: OfflineEngine;

  beforeAll(async () => {
    ctx = await NestFactory.createApplicationContext(AppModule, { logger: false });
    engine = ctx.get(OfflineEngine);
  });
  afterAll(() => ctx.close());

  /** The fastest of a few runs: the least disturbed by other work on the machine. */
  async function fastest(text: string, runs: number): Promise<number> {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await engine.decide(text, newSession('growth'));
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  async function growth(shape: Shape, runs: number): Promise<{ short: number; long: number; ratio: number }> {
    const long = await fastest(shape.at(LONG), runs);
    const short = await fastest(shape.at(SHORT), runs);
    return { short, long, ratio: long / Math.max(short, NOISE_MS) };
  }

  async function superlinear(shapes: Shape[]): Promise<string[]> {
    const failing: string[] = [];
    for (const shape of shapes) {
      if ((await growth(shape, 2)).ratio < MAX_RATIO) continue;
      // Measured again, more carefully, before it counts: a busy machine can stretch one run.
      const again = await growth(shape, 7);
      if (again.ratio >= MAX_RATIO) failing.push(`${shape.name}: ${again.short.toFixed(1)} ms → ${again.long.toFixed(1)} ms (${again.ratio.toFixed(1)}×)`);
    }
    return failing;
  }

  it('the shapes reach the lengths measured', () => {
    for (const shape of [...runShapes(), ...wordShapes().slice(0, 5), ...mixedShapes(2)]) {
      expect(shape.at(LONG).length).toBeGreaterThanOrEqual(LONG - 2);
      expect(shape.at(SHORT).length).toBeGreaterThanOrEqual(SHORT - 2);
    }
    // The words come from the understanding code itself: hundreds of them, the cue words among them.
    expect(wordShapes().length).toBeGreaterThan(500);
  });

  it('runs of one character (blanks, digits, numerals, punctuation)', async () => {
    expect(await superlinear(runShapes())).toEqual([]);
  }, 120_000);

  it('every cue word of the understanding code, repeated, with blanks, commas and figures between', async () => {
    expect(await superlinear(wordShapes(10))).toEqual([]);
  }, 300_000);

  it('seeded mixtures of cue words, figures, blanks and punctuation', async () => {
    expect(await superlinear(mixedShapes(30))).toEqual([]);
  }, 120_000);
});

describe('a message whose reading runs past the budget', () => {
  let app: INestApplication;
  beforeAll(async () => (app = await createApp({ env: { UNDERSTANDING_BUDGET_MS: '1', RATE_LIMIT_CHAT_PER_MINUTE: '0' } })));
  afterAll(() => app.close());

  it('is answered from clause search alone, with no figure, and counted in /metrics', async () => {
    // Dense with cues and figures: reading it takes several milliseconds, far past 1 ms.
    const message = '我们企业高价值发明专利35件，销售额5000万，专利质押贷款利息12万，判赔100万，'.repeat(50).slice(0, 2000);
    const res = await request(app.getHttpServer()).post('/api/chat').send({ message }).expect(200);
    expect(res.body.outcome).toBe('fallback');
    expect(res.body.answer).toMatch(/^您的消息较长，我先按政策原文检索作答/);
    expect(res.body.calculations).toEqual([]);
    expect(res.body.totalYuan).toBeNull();
    expect(res.body.citations.length).toBeGreaterThan(0);
    const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/^chat_understanding_over_budget_total 1$/m);
  });
});
