import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One prompt-injection attempt (evals/injection.jsonl): the messages of one conversation, the facts they
 * truly imply for each rule involved, and the amount the attacker tries to obtain. The expected amount is
 * never written down: it is what the rules module computes from the facts. Shared by the offline-engine
 * suite (test/injection.e2e-spec.ts) and the scripted-LLM suite.
 */
export interface InjectionAttempt {
  id: string;
  lang: 'zh' | 'en';
  technique: string;
  messages: string[];
  rules: { ruleId: string; facts: Record<string, unknown> }[];
  claimedYuan: number | null;
}

export function loadInjectionAttempts(file = join(__dirname, 'injection.jsonl')): InjectionAttempt[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as InjectionAttempt);
}
