import type { Request } from 'express';

const MAX_FORM_BYTES = 4096;

/**
 * The login form posts `application/x-www-form-urlencoded`, which the app's JSON-only body parser leaves
 * unread; read that one small body here (a JSON body, already parsed, works too).
 */
export async function readFormField(req: Request, field: string): Promise<string | undefined> {
  if (req.body && typeof req.body === 'object') {
    const value = (req.body as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  }
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get(field) ?? undefined;
}
