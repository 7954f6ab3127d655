import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { ChatService } from '../src/chat/chat.service';
import { ChatResponse } from '../src/chat/chat.types';
import { checkNumericGrounding } from '../src/chat/guards/numeric-grounding.guard';
import { CorpusService } from '../src/corpus/corpus.service';
import { formatYuan } from '../src/rules/money';
import { extractQuantities } from '../src/common/chinese-number';

export interface TurnExpect {
  clauses?: string[];
  totalYuan?: number;
  /** Amounts the answer must state in its own words, outside quoted clause text (a category's figure). */
  saysYuan?: number[];
  /** "What can we apply for": several kinds of award named, one question asked, no personal amount. */
  overview?: boolean;
  notEligible?: boolean;
  asksFor?: boolean;
  outOfScope?: boolean;
  policySilent?: boolean;
  injection?: boolean;
  noAmount?: boolean;
}

export interface ChatCase {
  id: string;
  tags?: string[];
  /** Kinds of question (blind sets): category, overview, trap … and the items touched. */
  kinds?: string[];
  turns: { user: string; expect: TurnExpect }[];
}

export interface TurnOutcome {
  caseId: string;
  turn: number;
  user: string;
  passed: boolean;
  failures: string[];
  wrongAmount: boolean;
  /** The expected amount was given as the amount under the other reading of ambiguous wording. */
  otherReading: boolean;
  ms: number;
  response: ChatResponse;
}

export interface ChatReport {
  conversations: number;
  turns: number;
  passRate: number;
  conversationPassRate: number;
  amountTurns: number;
  amountAccuracy: number;
  wrongAmounts: number;
  /** Turns whose expected amount the answer gave under the other reading (see givenUnderOtherReading). */
  otherReadings: number;
  citationPrecision: number;
  citationRecall: number;
  askedShare: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers about one award (one calculation): lines of text (non-empty), median and how many exceed eight. */
  singleRuleLinesP50: number;
  singleRuleOverEight: number;
  singleRuleAnswers: number;
  outcomes: TurnOutcome[];
}

export function loadChatCases(file = join(__dirname, 'chat.jsonl')): ChatCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ChatCase);
}

export async function createChatContext(): Promise<INestApplicationContext> {
  Logger.overrideLogger(['error']);
  // Eval turns are not conversations of real users: keep them out of the hotline team's records.
  process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), 'jd-eval-records-'));
  return NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : 0;
}

/**
 * Judges one turn. A wrong amount is an amount stated as what the user gets that differs from the
 * truth: a total that differs from the expected one, or any amount where none is due.
 */
/** Amounts in yuan the answer states outside quoted clause text (“…”). */
function statedYuan(answer: string): Set<number> {
  const own = answer.replace(/“[^”]*”/g, '');
  return new Set(extractQuantities(own).filter((q) => q.unit === 'yuan').map((q) => q.value));
}

/** The groups of awards an overview names: patents, marks and brands, finance, protection, projects, services. */
const OVERVIEW_GROUPS = [/专利/, /商标|品牌|地理标志/, /质押|保险|证券化|金融/, /维权|保护/, /导航|预警|项目|联盟/, /代理机构|服务机构|集聚区/];

/**
 * Where the wording admits two readings (src/rules/interpretations.ts), the answer gives the amount under
 * each. An expected total that is the amount under the other reading — computed by the service and said
 * in the answer outside quotes — is not a wrong amount: the case's writer read the wording the other way.
 * Such turns pass and are counted apart (`otherReading`).
 */
export function givenUnderOtherReading(res: ChatResponse, expected: number): boolean {
  const total = res.totalYuan ?? 0;
  return res.calculations.some((c) =>
    c.alternatives.some((a) => total - c.amountYuan + a.amountYuan === expected && res.answer.includes(`则为${formatYuan(a.amountYuan)}`)),
  );
}

export function judgeTurn(
  expect: TurnExpect,
  res: ChatResponse,
  corpus: CorpusService,
): { failures: string[]; wrongAmount: boolean; otherReading: boolean } {
  const failures: string[] = [];
  const total = res.totalYuan;
  let wrongAmount = false;
  let otherReading = false;
  if (expect.totalYuan !== undefined) {
    if (total === null) failures.push(`未给出金额（应为${expect.totalYuan}元）`);
    else if (total !== expect.totalYuan && givenUnderOtherReading(res, expect.totalYuan)) otherReading = true;
    else if (total !== expect.totalYuan) {
      failures.push(`金额${total}元，应为${expect.totalYuan}元`);
      wrongAmount = true;
    }
  } else if (total !== null && total > 0 && (expect.notEligible || expect.asksFor || expect.outOfScope || expect.policySilent || expect.noAmount || expect.injection)) {
    failures.push(`不应给出金额，却给出${total}元`);
    wrongAmount = true;
  }
  for (const yuan of expect.saysYuan ?? []) {
    if (!statedYuan(res.answer).has(yuan)) failures.push(`答复未说出${formatYuan(yuan)}`);
  }
  if (expect.overview) {
    const named = OVERVIEW_GROUPS.filter((g) => g.test(res.answer)).length;
    if (named < 3 || !/[?？]|请问/.test(res.answer)) failures.push('未概括可申请的奖补并追问');
    if (res.calculations.some((c) => c.eligible)) failures.push('概览问题不应测算个人金额');
  }
  if (expect.notEligible && !res.calculations.some((c) => c.status === 'ineligible')) failures.push('未说明不符合条件');
  if (expect.asksFor && res.needsInfo.length === 0) failures.push('未追问缺少的信息');
  if (expect.outOfScope && res.outcome !== 'out-of-scope') failures.push(`应判为超出范围，实为 ${res.outcome}`);
  if (expect.policySilent && res.outcome !== 'policy-silent' && !res.answer.includes('没有规定')) failures.push('未说明政策没有规定');
  if (expect.noAmount && res.calculations.some((c) => c.eligible)) failures.push('不应测算金额');
  for (const id of expect.clauses ?? []) {
    if (!res.citations.some((c) => corpus.covers(id, c.clauseId))) failures.push(`未引用 ${id}`);
  }
  const grounding = checkNumericGrounding({
    answer: res.answer,
    calculations: res.calculations,
    totalYuan: res.totalYuan,
    quotes: res.citations.map((c) => c.quote),
  });
  if (!grounding.ok) {
    failures.push(`答复中有无来源的数字：${grounding.violations.map((v) => v.raw).join('、')}`);
    wrongAmount = true;
  }
  return { failures, wrongAmount, otherReading };
}

export async function runChatEval(cases: ChatCase[], chat: ChatService, corpus: CorpusService): Promise<ChatReport> {
  const outcomes: TurnOutcome[] = [];
  let cited = 0, citedRelevant = 0, expectedClauses = 0, expectedFound = 0, amountTurns = 0, amountRight = 0;
  for (const c of cases) {
    let sessionId: string | undefined;
    for (const [i, turn] of c.turns.entries()) {
      const t0 = performance.now();
      const res = await chat.chat({ message: turn.user, sessionId });
      const ms = performance.now() - t0;
      sessionId = res.sessionId;
      const { failures, wrongAmount, otherReading } = judgeTurn(turn.expect, res, corpus);
      outcomes.push({ caseId: c.id, turn: i + 1, user: turn.user, passed: failures.length === 0, failures, wrongAmount, otherReading, ms, response: res });
      const exp = turn.expect.clauses ?? [];
      if (exp.length) {
        cited += res.citations.length;
        citedRelevant += res.citations.filter((x) => exp.some((e) => corpus.covers(e, x.clauseId) || corpus.covers(x.clauseId, e))).length;
        expectedClauses += exp.length;
        expectedFound += exp.filter((e) => res.citations.some((x) => corpus.covers(e, x.clauseId))).length;
      }
      if (turn.expect.totalYuan !== undefined) {
        amountTurns++;
        if (res.totalYuan === turn.expect.totalYuan) amountRight++;
      }
    }
  }
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const lines = outcomes
    .filter((o) => o.response.calculations.length === 1)
    .map((o) => o.response.answer.split('\n').filter((l) => l.trim()).length)
    .sort((a, b) => a - b);
  const byCase = new Map<string, boolean>();
  for (const o of outcomes) byCase.set(o.caseId, (byCase.get(o.caseId) ?? true) && o.passed);
  return {
    conversations: cases.length,
    turns: outcomes.length,
    passRate: outcomes.filter((o) => o.passed).length / Math.max(1, outcomes.length),
    conversationPassRate: [...byCase.values()].filter(Boolean).length / Math.max(1, byCase.size),
    amountTurns,
    amountAccuracy: amountRight / Math.max(1, amountTurns),
    wrongAmounts: outcomes.filter((o) => o.wrongAmount).length,
    otherReadings: outcomes.filter((o) => o.otherReading).length,
    citationPrecision: citedRelevant / Math.max(1, cited),
    citationRecall: expectedFound / Math.max(1, expectedClauses),
    askedShare: outcomes.filter((o) => o.response.needsInfo.length > 0).length / Math.max(1, outcomes.length),
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    singleRuleLinesP50: percentile(lines, 0.5),
    singleRuleOverEight: lines.filter((n) => n > 8).length,
    singleRuleAnswers: lines.length,
    outcomes,
  };
}
