import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_PROMPTS_DIR = resolve(__dirname, '..', '..', '..', 'prompts');

/** The LLM mode's prompts; an abstract class so that Nest can inject it by type. */
export abstract class Prompts {
  abstract readonly system: string;
  abstract readonly answerFormat: string;
  /** sha256 of both files, published in /api/health so operators can tell which prompt is live. */
  abstract readonly hash: string;
}

/** Reads the LLM mode's prompts from files at start-up; a missing file stops start-up with its path. */
export function loadPrompts(dir = DEFAULT_PROMPTS_DIR): Prompts {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8').trim();
    } catch {
      throw new Error(`缺少提示词文件：${join(dir, name)}`);
    }
  };
  const system = read('system.zh.md');
  const answerFormat = read('answer-format.zh.md');
  const hash = createHash('sha256').update(system).update('\0').update(answerFormat).digest('hex');
  return { system, answerFormat, hash };
}
