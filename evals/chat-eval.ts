/**
 * `npm run eval` — runs evals/chat.jsonl through the real ChatService in-process (offline mode) and
 * prints pass rate, amount accuracy, wrong-amount count, citation precision/recall, the share of
 * answers that asked for missing facts, and latency. `--failures` lists every failed turn.
 */
import { ChatService } from '../src/chat/chat.service';
import { CorpusService } from '../src/corpus/corpus.service';
import { createChatContext, loadChatCases, runChatEval } from './chat-metrics';

async function main(): Promise<void> {
  const ctx = await createChatContext();
  const chat = ctx.get(ChatService);
  const corpus = ctx.get(CorpusService);
  const cases = loadChatCases();
  await chat.chat({ message: '你好' }); // warm-up
  const r = await runChatEval(cases, chat, corpus);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`对话评测：${r.conversations} 段对话，${r.turns} 轮（离线模式）`);
  console.log(`| 指标 | 数值 |\n|---|---|`);
  console.log(`| 通过率（轮） | ${pct(r.passRate)} |`);
  console.log(`| 通过率（整段对话） | ${pct(r.conversationPassRate)} |`);
  console.log(`| 金额准确率（${r.amountTurns} 轮应给金额） | ${pct(r.amountAccuracy)} |`);
  console.log(`| 错误金额数 | ${r.wrongAmounts} |`);
  console.log(`| 引用精确率 / 召回率 | ${pct(r.citationPrecision)} / ${pct(r.citationRecall)} |`);
  console.log(`| 追问缺失信息的答复占比 | ${pct(r.askedShare)} |`);
  console.log(`| 延迟 p50 / p95 | ${r.p50Ms.toFixed(2)} ms / ${r.p95Ms.toFixed(2)} ms |`);
  if (process.argv.includes('--failures')) {
    for (const o of r.outcomes.filter((x) => !x.passed)) {
      console.log(`\n✗ ${o.caseId}#${o.turn} ${o.user}\n  ${o.failures.join('；')}\n  → ${o.response.answer.slice(0, 160).replace(/\n/g, ' ')}`);
    }
  }
  await ctx.close();
  if (r.wrongAmounts > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
