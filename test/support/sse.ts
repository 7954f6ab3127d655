import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

export interface SseEvent {
  event: string;
  data: any;
}

/** Posts to /api/chat/stream and returns the parsed Server-Sent Events. */
export async function postStream(app: INestApplication, body: unknown): Promise<SseEvent[]> {
  const res = await request(app.getHttpServer())
    .post('/api/chat/stream')
    .send(body as object)
    .buffer(true)
    .parse((r, cb) => {
      let data = '';
      r.on('data', (c: Buffer) => (data += c.toString('utf8')));
      r.on('end', () => cb(null, data));
    })
    .expect(200)
    .expect('content-type', /text\/event-stream/);
  return (res.body as string)
    .trim()
    .split('\n\n')
    .map((block) => ({ event: /^event: (.+)$/m.exec(block)![1], data: JSON.parse(/^data: (.+)$/m.exec(block)![1]) }));
}

/** What a client shows after applying delta and replace events in order (before `done`). */
export function shownText(events: SseEvent[]): string {
  let shown = '';
  for (const e of events) {
    if (e.event === 'delta') shown += e.data.text;
    if (e.event === 'replace') shown = e.data.text;
  }
  return shown;
}
