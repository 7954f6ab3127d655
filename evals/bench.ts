/**
 * `npm run bench` — throughput and latency of offline /api/chat against a bare NestJS endpoint measured
 * the same way in the same run, retrieval latency (hybrid vs BM25), start-up time, RSS over 10 000
 * requests. Runs the production build (dist/main.js). Prints a table and rewrites BENCHMARKS.md.
 * A script, not a test: figures depend on the machine.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { loadSettings } from '../src/config/settings';
import { CorpusService } from '../src/corpus/corpus.service';
import { ChineseTokenizer, withDomain } from '../src/retrieval/chinese-tokenizer';
import { RULES_VOCABULARY } from '../src/rules/lexicon/retrieval-vocabulary';
import { HashedNgramEmbeddings } from '../src/retrieval/hashed-ngram.embeddings';
import { RetrievalService } from '../src/retrieval/retrieval.service';
import { developmentNodeArgs, productionNodeArgs } from './bench/production-command';
import { startServer } from './bench/server-process';

const autocannon = require('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const ROOT = join(__dirname, '..');
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 6);
const CONNECTIONS = [1, 10, 50];
const SOAK_REQUESTS = 10_000;
// Records of the hotline team go to a scratch directory, not the repository's data/.
const DATA_DIR = mkdtempSync(join(tmpdir(), 'jdip-bench-'));
// One load generator stands for many users: no rate limits, and their conversations are not capped as one client's.
const NO_LIMITS = { RATE_LIMIT_CHAT_PER_MINUTE: '1000000000', RATE_LIMIT_API_PER_MINUTE: '1000000000', SESSIONS_PER_CLIENT: '10000', LOG_LEVEL: 'warn', DATA_DIR };

/** Realistic first questions: amounts, tiers, clauses, scope, policy silence. */
const QUESTIONS = [
  '今年新增高价值发明专利35件，能奖励多少？',
  '专利导航项目有什么支持',
  '我们在美国打专利官司最终胜诉，维权代理费花了200万元，能补多少？',
  '知识产权保险能补多少',
  '新认定国家级知识产权示范企业，又拿了中国专利银奖，一共多少？',
  '驰名商标有什么规定',
  '专利密集型企业能拿多少钱？',
  '这个政策有效期多久',
  '高价值发明专利怎么认定？',
  '我们新获浙江省知识产权奖大奖，奖多少？',
];
const FOLLOW_UPS = ['如果只有28件呢？', '不对，是52件', '那预警分析项目呢'];

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const cores = execSync('nproc').toString().trim();
  return `${cores} 核 ${cpu}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GiB，Node ${process.version}，${process.platform}`;
}

async function chatBodies(url: string): Promise<string[]> {
  const bodies = QUESTIONS.map((message) => JSON.stringify({ message }));
  // A few conversations in progress, so follow-ups read and write real sessions.
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: QUESTIONS[0] }) });
    const { sessionId } = (await res.json()) as { sessionId: string };
    bodies.push(JSON.stringify({ message: FOLLOW_UPS[i], sessionId }));
  }
  return bodies;
}

function requestsFor(path: string, bodies: string[]) {
  return bodies.map((body) => ({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body }));
}

async function load(url: string, path: string, bodies: string[], connections: number, extra: Record<string, unknown> = {}) {
  const result = await autocannon({ url, connections, duration: DURATION_S, requests: requestsFor(path, bodies), ...extra });
  if (result.errors || result.non2xx || result.timeouts) throw new Error(`${path}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  return result;
}

async function throughput() {
  const chat = await startServer(productionNodeArgs(), '/api/health', NO_LIMITS);
  const bare = await startServer(['-r', '@swc-node/register', 'evals/bench/bare-main.ts'], '/bare', {}, 'POST');
  const rows: { connections: number; chatRps: number; chatP50: number; chatP99: number; bareRps: number; bareP50: number; bareP99: number }[] = [];
  try {
    const bodies = await chatBodies(chat.url);
    // Warm both (JIT, caches) so the first level is not penalised.
    await autocannon({ url: chat.url, connections: 10, duration: 2, requests: requestsFor('/api/chat', bodies) });
    await autocannon({ url: bare.url, connections: 10, duration: 2, requests: requestsFor('/bare', bodies) });
    for (const connections of CONNECTIONS) {
      const c = await load(chat.url, '/api/chat', bodies, connections);
      const b = await load(bare.url, '/bare', bodies, connections);
      rows.push({
        connections,
        chatRps: c.requests.average,
        chatP50: c.latency.p50,
        chatP99: c.latency.p99,
        bareRps: b.requests.average,
        bareP50: b.latency.p50,
        bareP99: b.latency.p99,
      });
      console.log(`  ${connections} 连接：chat ${c.requests.average.toFixed(0)} req/s p50 ${c.latency.p50} ms p99 ${c.latency.p99} ms；bare ${b.requests.average.toFixed(0)} req/s`);
    }
  } finally {
    await Promise.all([chat.stop(), bare.stop()]);
  }
  return rows;
}

async function retrievalLatency() {
  Logger.overrideLogger(false);
  const settings = loadSettings({});
  const corpus = new CorpusService(settings);
  const retrieval = new RetrievalService(corpus, new ChineseTokenizer(withDomain(RULES_VOCABULARY)), new HashedNgramEmbeddings(), settings);
  await retrieval.onModuleInit();
  const queries = readFileSync(join(ROOT, 'evals', 'retrieval.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question?: string; query?: string; q?: string }))
    .map((c) => c.question ?? c.query ?? c.q ?? '')
    .filter(Boolean);
  const measure = async (mode: 'hybrid' | 'bm25') => {
    for (const q of queries) await retrieval.search(q, 5, mode);
    const times: number[] = [];
    for (let pass = 0; pass < 5; pass++) {
      for (const q of queries) {
        const t = performance.now();
        await retrieval.search(q, 5, mode);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))];
    return { mean: times.reduce((s, t) => s + t, 0) / times.length, p50: at(0.5), p99: at(0.99), n: times.length };
  };
  return { queries: queries.length, hybrid: await measure('hybrid'), bm25: await measure('bm25') };
}

async function startup(args = productionNodeArgs()) {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer(args, '/api/health', NO_LIMITS);
    times.push(s.readyMs);
    await s.stop();
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[1], all: times };
}

async function memory() {
  const s = await startServer(productionNodeArgs(), '/api/health', NO_LIMITS);
  try {
    const bodies = await chatBodies(s.url);
    await autocannon({ url: s.url, connections: 10, amount: 500, requests: requestsFor('/api/chat', bodies) });
    const before = s.rssMb();
    const started = performance.now();
    const r = await autocannon({ url: s.url, connections: 10, amount: SOAK_REQUESTS, requests: requestsFor('/api/chat', bodies) });
    const seconds = (performance.now() - started) / 1000;
    const after = s.rssMb();
    return { before, after, growth: after - before, requests: r.requests.total, errors: r.errors + r.non2xx + r.timeouts, seconds };
  } finally {
    await s.stop();
  }
}

const fmt = (n: number, d = 1) => n.toFixed(d);

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'main.js'))) throw new Error('缺少 dist/main.js：请先运行 npm run build（npm run bench 会自动构建）');
  const date = execSync('date "+%Y-%m-%d %H:%M %Z"').toString().trim();
  const host = machine();
  console.log(`基准测试 ${date}\n机器：${host}\n每档 ${DURATION_S} s，autocannon 与服务在同一台机器上\n`);
  console.log('吞吐与延迟（/api/chat 离线 vs 空 NestJS 接口）…');
  const rows = await throughput();
  console.log('检索延迟…');
  const retrieval = await retrievalLatency();
  console.log('启动时间…');
  const start = await startup();
  const devStart = await startup(developmentNodeArgs());
  console.log(`内存（${SOAK_REQUESTS} 次请求）…`);
  const mem = await memory();

  const at50 = rows.find((r) => r.connections === 50)!;
  const ratio = (r: (typeof rows)[number]) => r.chatRps / r.bareRps;
  const checks = [
    ['离线对话吞吐 ≥ 空接口的 50 %（50 连接）', `${fmt(ratio(at50) * 100)} %`, ratio(at50) >= 0.5],
    ['50 连接 p99 < 50 ms', `${at50.chatP99} ms`, at50.chatP99 < 50],
    [`${SOAK_REQUESTS} 次请求 RSS 增长 < 50 MB`, `${fmt(mem.growth)} MB`, mem.growth < 50],
    ['启动到就绪 < 2 s', `${fmt(start.medianMs / 1000, 2)} s`, start.medianMs < 2000],
  ] as const;

  const table = [
    '| 连接数 | 对话 req/s | 对话 p50 | 对话 p99 | 空接口 req/s | 空接口 p50 | 空接口 p99 | 吞吐比 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.connections} | ${fmt(r.chatRps, 0)} | ${r.chatP50} ms | ${r.chatP99} ms | ${fmt(r.bareRps, 0)} | ${r.bareP50} ms | ${r.bareP99} ms | ${fmt(ratio(r) * 100)} % |`,
    ),
  ].join('\n');
  const retrievalTable = [
    `| 检索方式 | 平均 | p50 | p99 |`,
    '| --- | ---: | ---: | ---: |',
    `| 混合（BM25 + 向量，RRF） | ${fmt(retrieval.hybrid.mean, 3)} ms | ${fmt(retrieval.hybrid.p50, 3)} ms | ${fmt(retrieval.hybrid.p99, 3)} ms |`,
    `| 仅 BM25 | ${fmt(retrieval.bm25.mean, 3)} ms | ${fmt(retrieval.bm25.p50, 3)} ms | ${fmt(retrieval.bm25.p99, 3)} ms |`,
  ].join('\n');
  const checksTable = ['| 目标 | 实测 | 结果 |', '| --- | ---: | --- |', ...checks.map(([t, v, ok]) => `| ${t} | ${v} | ${ok ? '达到' : '未达到'} |`)].join('\n');

  const report = `## 最近一次运行

- 日期：${date}
- 机器：${host}
- 方法：生产构建，按 \`npm run start:prod\` 的方式启动（\`${['node', ...productionNodeArgs()].join(' ')}\`，NODE_ENV=production，LOG_LEVEL=warn，限流开启但上限调高，内存状态）与空 NestJS 接口（\`evals/bench/bare-main.ts\`：同样解析 JSON 请求体并返回 JSON），同一次运行中用 autocannon 以相同请求（${QUESTIONS.length} 个首问 + 3 个会话中的追问，轮流发送）各压 ${DURATION_S} s；压测端与服务同机。

### 离线对话吞吐与延迟

${table}

### 检索延迟（每个查询，进程内，${retrieval.queries} 个评测问题 × 5 轮）

${retrievalTable}

### 启动与内存

- 启动到就绪（进程启动 → \`/api/health\` 返回 200），3 次中位数：${fmt(start.medianMs, 0)} ms（${start.all.map((t) => fmt(t, 0)).join(' / ')} ms）；\`npm start\`（\`${['node', ...developmentNodeArgs()].join(' ')}\`，不构建）：${fmt(devStart.medianMs, 0)} ms（${devStart.all.map((t) => fmt(t, 0)).join(' / ')} ms）
- ${SOAK_REQUESTS} 次对话请求（10 连接，${fmt(mem.seconds)} s，错误 ${mem.errors}）：RSS ${fmt(mem.before)} MB → ${fmt(mem.after)} MB，增长 ${fmt(mem.growth)} MB

### 目标

${checksTable}
`;
  console.log(`\n${report}`);
  const file = join(ROOT, 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const marker = '## 最近一次运行';
  const head = previous.includes(marker) ? previous.slice(0, previous.indexOf(marker)) : '# 基准测试\n\n由 `npm run bench` 生成（脚本 `evals/bench.ts`）；下方“最近一次运行”每次运行时整体替换。\n\n';
  const tailIndex = previous.indexOf('\n## 分析');
  const tail = tailIndex >= 0 ? previous.slice(tailIndex) : '';
  writeFileSync(file, `${head}${report}${tail}`);
  console.log(`已写入 ${file}`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => rmSync(DATA_DIR, { recursive: true, force: true }));
