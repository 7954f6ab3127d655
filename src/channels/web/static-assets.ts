import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Request, Response } from 'express';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * Hand-written page assets, read once at start-up from a folder beside the compiled code (nest build
 * copies them, see nest-cli.json). Requests are looked up by exact file name in memory, so no path from
 * a URL ever reaches the file system.
 */
export class StaticAssets {
  private readonly files = new Map<string, Asset>();

  constructor(dir: string) {
    for (const name of readdirSync(dir)) {
      const type = CONTENT_TYPES[extname(name)];
      if (!type) continue;
      const body = readFileSync(join(dir, name));
      this.files.set(name, { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` });
    }
  }

  /** Sends the file with revalidation (ETag, `no-cache`) so a new release is picked up at once. */
  send(req: Request, res: Response, name: string, headers: Record<string, string> = {}): boolean {
    const asset = this.files.get(name);
    if (!asset) return false;
    res.set({ 'content-type': asset.type, 'cache-control': 'no-cache', etag: asset.etag, 'x-content-type-options': 'nosniff', ...headers });
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
    } else {
      res.status(200).send(asset.body);
    }
    return true;
  }
}
