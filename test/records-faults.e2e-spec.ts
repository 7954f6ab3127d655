import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { SETTINGS } from '../src/config/config.module';
import type { Settings } from '../src/config/settings.schema';
import { dayOf } from '../src/records/day-key';
import { RecordStore } from '../src/records/record-store.port';
import { createApp } from './create-app';

/** Issue 13: records that cannot be written are visible (health, metrics, 503), and feedback never reads record files. */
describe('records faults (e2e)', () => {
  describe('a DATA_DIR that cannot be written (read-only, full or missing volume)', () => {
    let app: INestApplication;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jd-records-broken-'));
      // A file where the directory should be: every write fails, even for root (chmod would not stop root).
      const dataDir = join(dir, 'data');
      writeFileSync(dataDir, 'not a directory');
      app = await createApp({ env: { DATA_DIR: dataDir } });
    });
    afterAll(async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const http = () => request(app.getHttpServer());

    it('keeps answering; feedback gets a Chinese 503; readiness stays 200 but says records fail; /metrics counts the losses', async () => {
      const chat = await http().post('/api/chat').send({ message: '专利导航项目有什么支持' }).expect(200);
      const rated = await http().post('/api/feedback').send({ sessionId: chat.body.sessionId, turnId: chat.body.turnId, rating: 'down', comment: '没说清楚' });
      expect(rated.status).toBe(503);
      expect(rated.body).toEqual({ error: { code: 'UNAVAILABLE', message: '评价暂时无法保存，请稍后再试' } });

      const health = await http().get('/api/health').expect(200);
      expect(health.body.status).toBe('ok');
      expect(health.body.records).toEqual({ ok: false, lastError: expect.stringMatching(/写入用户评价失败（E[A-Z]+）/) });

      const metrics = await http().get('/metrics').expect(200);
      expect(metrics.text).toContain('records_write_failures_total{kind="turns"} 1');
      expect(metrics.text).toContain('records_write_failures_total{kind="feedback"} 1');
      expect(metrics.text).toContain('records_dropped_total{kind="turns",reason="day-limit"} 0');
    });
  });

  describe('feedback is checked without reading any record file', () => {
    let app: INestApplication;
    const reads: string[] = [];
    beforeAll(async () => {
      app = await createApp({
        override: (b) =>
          b.overrideProvider(RecordStore).useFactory({
            inject: [SETTINGS],
            factory: async (settings: Settings) => {
              // The real store, built as the app builds it, with every way of reading records refused.
              const { JsonlRecordStore } = await import('../src/records/jsonl-record.store');
              const real = new JsonlRecordStore(resolve(settings.DATA_DIR));
              return new Proxy(real, {
                get(target, prop, receiver) {
                  if (prop === 'read' || prop === 'stream') {
                    return (kind: string) => {
                      reads.push(`${String(prop)}(${kind})`);
                      throw new Error(`record files read while answering feedback: ${String(prop)}(${kind})`);
                    };
                  }
                  const value = Reflect.get(target, prop, receiver);
                  return typeof value === 'function' ? value.bind(target) : value;
                },
              });
            },
          }),
      });
    });
    afterAll(() => app.close());
    const http = () => request(app.getHttpServer());

    it('answers 404 for an unknown turnId and 204 for a real one, reading no record at all', async () => {
      const chat = await http().post('/api/chat').send({ message: '知识产权保险保费补助怎么算' }).expect(200);
      const unknown = await http().post('/api/feedback').send({ sessionId: chat.body.sessionId, turnId: 'unknown-after-restart', rating: 'down' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toContain('找不到要评价的答复');
      await http().post('/api/feedback').send({ sessionId: chat.body.sessionId, turnId: chat.body.turnId, rating: 'up' }).expect(204);
      expect(reads).toEqual([]);
    });
  });

  describe('RECORDS_MAX_MB_PER_DAY', () => {
    let app: INestApplication;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jd-records-full-'));
      // Today's turns file already holds the day's 1 MB (before a restart, or from another instance).
      writeFileSync(join(dir, `turns-${dayOf(new Date())}.jsonl`), `${JSON.stringify({ at: new Date().toISOString(), pad: 'x'.repeat(1000) })}\n`.repeat(1100));
      app = await createApp({ env: { DATA_DIR: dir, RECORDS_MAX_MB_PER_DAY: '1' } });
    });
    afterAll(async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const http = () => request(app.getHttpServer());

    it('past the cap the turn is answered but not written: counted, and the readiness detail says why', async () => {
      const before = statSync(join(dir, `turns-${dayOf(new Date())}.jsonl`)).size;
      const chat = await http().post('/api/chat').send({ message: '专利导航项目有什么支持' }).expect(200);
      expect(chat.body.answer).toBeTruthy();
      expect(statSync(join(dir, `turns-${dayOf(new Date())}.jsonl`)).size).toBe(before);
      const metrics = await http().get('/metrics').expect(200);
      expect(metrics.text).toContain('records_dropped_total{kind="turns",reason="day-limit"} 1');
      const health = await http().get('/api/health').expect(200);
      expect(health.body.records).toEqual({ ok: false, lastError: expect.stringContaining('RECORDS_MAX_MB_PER_DAY（1 MB）') });
      // Feedback has a cap of its own: the answer can still be rated.
      await http().post('/api/feedback').send({ sessionId: chat.body.sessionId, turnId: chat.body.turnId, rating: 'up' }).expect(204);
    });
  });
});
