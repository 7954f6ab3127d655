/**
 * `npm run eval` — runs evals/chat.jsonl through the real ChatService in-process and prints pass rate,
 * amount accuracy, wrong-amount count, citation precision/recall, the share of answers that asked for
 * missing facts, and latency. `--failures` lists every failed turn.
 *
 * `npm run eval -- --llm` runs the same conversations in LLM mode: ChatOpenAI talks over HTTP to a local
 * server speaking the OpenAI wire format, behind which a scripted policy model (test/support/policy-model.ts)
 * plays a well-behaved model. That model runs the offline engine to decide its tool calls and its replies,
 * so this measures the pipeline's wiring and guards (tools, argument checks, fallbacks), not a real model's
 * understanding; its call counts (≤ 2 per single-rule question) hold by construction. Model calls are
 * counted for every turn, including those that fell back to the offline engine. A real model's quality is
 * measured with a real endpoint (`*.int.spec.ts`).
 *
 * `--set <file>` runs another set (e.g. evals/blind-2026-12/dev.jsonl). A sealed set (a file named
 * `sealed*.jsonl`) prints only its aggregate figures and failure counts by kind and by type: its cases are
 * never shown, `--failures` is refused.
 */
import { ChatService } from '../src/chat/chat.service';
import { ChatRequest } from '../src/chat/chat.schema';
import { CorpusService } from '../src/corpus/corpus.service';
import { OpenAiWireServer } from '../test/support/openai-wire-server';
import { PolicyModel } from '../test/support/policy-model';
import { ChatCase, ChatReport, createChatContext, loadChatCases, runChatEval } from './chat-metrics';

async function main(): Promise<void> {
  const llm = process.argv.includes('--llm');
  let server: OpenAiWireServer | undefined;
  if (llm) {
    const model = await PolicyModel.create();
    server = new OpenAiWireServer((r) => model.reply(r));
    Object.assign(process.env, {
      LLM_PROVIDER: 'openai',
      OPENAI_BASE_URL: await server.start(),
      OPENAI_API_KEY: 'eval',
      OPENAI_MODEL: 'policy-model',
      OPENAI_MAX_RETRIES: '0',
    });
  }
  const ctx = await createChatContext();
  const service = ctx.get(ChatService);
  const corpus = ctx.get(CorpusService);
  const setArg = process.argv.indexOf('--set');
  const setFile = setArg >= 0 ? process.argv[setArg + 1] : undefined;
  const sealed = !!setFile && /(^|\/)sealed[^/]*\.jsonl$/.test(setFile);
  if (sealed && process.argv.includes('--failures')) throw new Error('封存集只输出汇总数字，不列出用例（--failures 不可用）');
  const cases = setFile ? loadChatCases(setFile) : loadChatCases();
  await service.chat({ message: '你好' }); // warm-up

  // Model calls per turn: the wire server's request count before and after each turn.
  const calls: number[] = [];
  const counted = {
    chat: async (req: ChatRequest) => {
      const before = server?.requests.length ?? 0;
      const res = await service.chat(req);
      calls.push((server?.requests.length ?? 0) - before);
      return res;
    },
  } as ChatService;
  const r = await runChatEval(cases, counted, corpus);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`对话评测：${setFile ?? 'evals/chat.jsonl'}${sealed ? '（封存集，只看汇总）' : ''}，${r.conversations} 段对话，${r.turns} 轮（${llm ? '大模型模式，本地 OpenAI 协议脚本模型' : '离线模式'}）`);
  console.log(`| 指标 | 数值 |\n|---|---|`);
  console.log(`| 通过率（轮） | ${pct(r.passRate)} |`);
  console.log(`| 通过率（整段对话） | ${pct(r.conversationPassRate)} |`);
  console.log(`| 金额准确率（${r.amountTurns} 轮应给金额） | ${pct(r.amountAccuracy)} |`);
  console.log(`| 错误金额数 | ${r.wrongAmounts} |`);
  console.log(`| 期望金额按另一种理解给出（答复同时给出两种理解的金额） | ${r.otherReadings} |`);
  console.log(`| 引用精确率 / 召回率 | ${pct(r.citationPrecision)} / ${pct(r.citationRecall)} |`);
  console.log(`| 追问缺失信息的答复占比 | ${pct(r.askedShare)} |`);
  console.log(`| 延迟 p50 / p95 | ${r.p50Ms.toFixed(2)} ms / ${r.p95Ms.toFixed(2)} ms |`);
  console.log(`| 单项答复行数 p50 / 超过8行（共${r.singleRuleAnswers}条） | ${r.singleRuleLinesP50} / ${r.singleRuleOverEight} |`);
  if (llm) {
    // Model calls counted for every turn, those the model answered and those that fell back alike.
    const turns = r.outcomes.map((o, i) => ({ o, n: calls[i] }));
    const answered = turns.filter(({ o }) => o.response.mode === 'openai');
    const fellBack = turns.filter(({ o }) => o.response.mode !== 'openai');
    const singleRule = (list: typeof turns) => list.filter(({ o }) => o.response.calculations.length === 1);
    const hist = (list: typeof turns) => {
      const h = new Map<number, number>();
      for (const { n } of list) h.set(n, (h.get(n) ?? 0) + 1);
      return [...h].sort((a, b) => a[0] - b[0]).map(([n, k]) => `${n} 次：${k} 轮`).join('；') || '—';
    };
    const most = (list: typeof turns) => (list.length ? `${Math.max(...list.map((x) => x.n))} 次` : '—');
    const mean = (list: typeof turns) => (list.reduce((a, b) => a + b.n, 0) / Math.max(1, list.length)).toFixed(2);
    console.log(`| 由模型作答 / 回退离线 | ${answered.length} / ${fellBack.length} |`);
    console.log(`| 每轮模型调用次数分布（全部 ${turns.length} 轮） | ${hist(turns)} |`);
    console.log(`| 　其中由模型作答的轮 | ${hist(answered)} |`);
    console.log(`| 　其中回退离线的轮 | ${hist(fellBack)} |`);
    console.log(`| 单项测算问题最多模型调用：由模型作答（${singleRule(answered).length} 轮） / 回退离线（${singleRule(fellBack).length} 轮） | ${most(singleRule(answered))} / ${most(singleRule(fellBack))} |`);
    console.log(`| 平均每轮模型调用：全部 / 由模型作答 / 回退离线 | ${mean(turns)} / ${mean(answered)} / ${mean(fellBack)} 次 |`);
  }
  if (setFile) printByKind(cases, r);
  if (process.argv.includes('--failures')) {
    for (const [i, o] of r.outcomes.entries()) {
      if (o.passed && !(llm && o.response.mode !== 'openai')) continue;
      console.log(`\n✗ ${o.caseId}#${o.turn} ${o.user} [${o.response.mode}, ${calls[i]} 次调用]\n  ${o.failures.join('；')}\n  → ${o.response.answer.slice(0, 160).replace(/\n/g, ' ')}`);
    }
  }
  await ctx.close();
  await server?.stop();
  if (r.wrongAmounts > 0) process.exitCode = 1;
}

/** Failed turns by kind of question and by type of failure: all that is shown of a sealed set. */
function printByKind(cases: ChatCase[], r: ChatReport): void {
  const kindsOf = new Map(cases.map((c) => [c.id, c.kinds ?? c.tags ?? []]));
  const byKind = new Map<string, { turns: number; failed: number; wrong: number }>();
  const byType = new Map<string, number>();
  for (const o of r.outcomes) {
    for (const k of kindsOf.get(o.caseId) ?? []) {
      const e = byKind.get(k) ?? { turns: 0, failed: 0, wrong: 0 };
      e.turns++;
      if (!o.passed) e.failed++;
      if (o.wrongAmount) e.wrong++;
      byKind.set(k, e);
    }
    for (const f of o.failures) {
      const type = f.replace(/[（(].*$/, '').replace(/\d[\d,.]*(万)?元?/g, 'N').replace(/art\.[\d.]+/g, 'art.N').slice(0, 24);
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
  }
  console.log('\n| 类别 | 轮数 | 未通过 | 错误金额 |\n|---|---:|---:|---:|');
  for (const [k, e] of [...byKind].sort((a, b) => b[1].failed - a[1].failed || a[0].localeCompare(b[0]))) {
    console.log(`| ${k} | ${e.turns} | ${e.failed} | ${e.wrong} |`);
  }
  console.log('\n| 未通过的原因 | 次数 |\n|---|---:|');
  for (const [t, n] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`| ${t} | ${n} |`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
