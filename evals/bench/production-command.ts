import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The node arguments of `npm run start:prod` (flags + entry), read from package.json, so the bench and
 * the soak measure the process exactly as production starts it — heap limit included.
 */
export function productionNodeArgs(root = join(__dirname, '..', '..')): string[] {
  return nodeArgsOf('start:prod', 'dist/main.js', root);
}

/** The node arguments of `npm start`, the newcomer's command (TypeScript loaded through SWC, no build). */
export function developmentNodeArgs(root = join(__dirname, '..', '..')): string[] {
  return nodeArgsOf('start', 'src/main.ts', root);
}

function nodeArgsOf(script: string, entry: string, root: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts[script] ?? '').trim().split(/\s+/);
  if (words[0] !== 'node' || !words.includes(entry)) throw new Error(`${script} 应为 “node [参数] ${entry}”，实际为 “${scripts[script]}”`);
  return words.slice(1);
}
