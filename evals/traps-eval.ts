/**
 * `npm run eval:traps` — conversations written to trip the offline engine into paying money the facts do
 * not support: doubt (不确定, 还没出结果), plans (准备申报), someone else's award (我朋友公司…), denied levels
 * (国家级没评上，省级评上了), long-past years, figures only approached (将近50件), awards the policy does
 * not name (省级驰名商标, 金华市专利奖), what-ifs that must not stick. `expect` per turn: the total the policy
 * supports, null for no money, "skip" where a careful reader could go either way. Written by a helper
 * reading the policy text, then used to find and fix general causes — a development set, not a held-out one;
 * some expectations are interpretations (see evals/RESULTS.md). `--list` prints every mismatch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChatService } from '../src/chat/chat.service';
import { createChatContext } from './chat-metrics';

interface Trap {
  id: string;
  turns: string[];
  expect?: (number | null | 'skip')[];
}

export interface TrapReport {
  conversations: number;
  checked: number;
  /** Turns that paid more than the policy supports: the failure that matters. */
  over: string[];
  /** Turns that paid less (mostly: asked for a fact it could have read). */
  under: string[];
}

export function loadTraps(): Trap[] {
  return readFileSync(join(__dirname, 'traps.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Trap);
}

export async function runTraps(traps: Trap[], chat: ChatService): Promise<TrapReport> {
  const report: TrapReport = { conversations: traps.length, checked: 0, over: [], under: [] };
  for (const trap of traps) {
    let sessionId: string | undefined;
    for (let i = 0; i < trap.turns.length; i++) {
      const r = await chat.chat(sessionId ? { message: trap.turns[i], sessionId } : { message: trap.turns[i] }, { channel: 'api' });
      sessionId = r.sessionId;
      const want = trap.expect?.[i];
      if (want === undefined || want === 'skip') continue;
      report.checked++;
      const got = r.totalYuan ?? 0;
      const line = `${trap.id}#${i} ${trap.turns[i]} → ${got}（应为 ${want ?? 0}）`;
      if (got > (want ?? 0)) report.over.push(line);
      else if (got < (want ?? 0)) report.under.push(line);
    }
  }
  return report;
}

async function main(): Promise<void> {
  const ctx = await createChatContext();
  const report = await runTraps(loadTraps(), ctx.get(ChatService));
  console.log(`陷阱评测：${report.conversations} 段对话，核对 ${report.checked} 轮（离线模式）`);
  console.log(`| 指标 | 数值 |\n|---|---|`);
  console.log(`| 多给金额的轮 | ${report.over.length} |`);
  console.log(`| 少给金额的轮（多为本可读出却追问） | ${report.under.length} |`);
  if (process.argv.includes('--list')) for (const line of [...report.over.map((l) => `多 ${l}`), ...report.under.map((l) => `少 ${l}`)]) console.log(line);
  await ctx.close();
}

if (require.main === module) void main();
