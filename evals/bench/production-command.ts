import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The node arguments of `npm run start:prod` (flags + entry), read from package.json, so the bench and
 * the soak measure the process exactly as production starts it — heap limit included.
 */
export function productionNodeArgs(root = join(__dirname, '..', '..')): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts['start:prod'] ?? '').trim().split(/\s+/);
  if (words[0] !== 'node' || !words.includes('dist/main.js')) throw new Error(`start:prod 应为 “node [参数] dist/main.js”，实际为 “${scripts['start:prod']}”`);
  return words.slice(1);
}
