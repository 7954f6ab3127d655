import { clauseIndex, Message } from './fact-text';
import type { Anchor, Num } from './fact-types';

/**
 * Attaches numbers to the cues that name them. Within one clause, every (cue, number) pair the units
 * allow is scored by the words between them (fillers like 的/了/是/达到/大概 do not count); the best
 * pairs are taken first. A cue cannot reach past another cue that could take the same number, so in
 * "发明专利去年4件今年7件" 发明专利 does not take 4件 past 去年. Users write both "销售额2000万" and
 * "十二件发明专利"; a clause that opens with a number before any cue prefers the number-first reading.
 */

const FILLER =
  /的|了|是|有|为|都|也|就|还|已经|已|达到|达|到了|约|大概|大约|差不多|将近|接近|一共|总共|共|累计|合计|目前|现在|只有|只|仅|才|在|花了|付了|交了|缴了|支付了?|拿了|获得了?|进行了?|企业|公司|单位|金东区?|知识产权|专利|我们|总额|金额|规模|能|可以|给了?|左右|今年|当年|去年|正好|刚好|恰好|整整|[:：\s（）()]/g;

const MAX_FORWARD_GAP = 8;
const MAX_BACKWARD_GAP = 4;
const AGAINST_STYLE = 2;

const looksLikeYear = (n: Num) => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100;

/**
 * Fees are said in yuan without the word (保费30000, 注册费7000): a bare whole number of at least 100 right
 * after a fee's cue is yuan. Not for sales, damages or principals, where a bare 2000 may well mean 2000万.
 */
const FEE_TARGETS: readonly string[] = ['ipInsurancePremiumYuan', 'madridTrademarkFeesYuan', 'foreignPatentSuitAgencyFeesYuan'];
const MIN_BARE_FEE_YUAN = 100;

/** A number that is a fee in yuan when a fee's cue names it: with 元, or bare (see FEE_TARGETS). */
export function feeYuan(n: Num): boolean {
  return n.unit === 'yuan' || (n.unit === 'none' && !n.foreignCurrency && Number.isInteger(n.value) && n.value >= MIN_BARE_FEE_YUAN && !looksLikeYear(n));
}

function bareFee(a: Anchor, n: Num): boolean {
  return (FEE_TARGETS.includes(a.target) || a.target.startsWith('slot:office:')) && feeYuan(n);
}

export function accepts(a: Anchor, n: Num): boolean {
  switch (a.kind) {
    case 'count':
      if (n.unit === 'count') return !a.counters || a.counters.includes(n.counter ?? '');
      return n.unit === 'none' && Number.isInteger(n.value) && n.value < 10000 && !looksLikeYear(n);
    case 'yuan':
      return n.unit === 'yuan' || (n.unit === 'none' && bareFee(a, n));
    case 'percent':
      return n.unit === 'percent' || (n.unit === 'none' && n.value <= 100);
    case 'rate':
      return (n.unit === 'percent' || n.unit === 'none') && n.value > 0 && n.value <= 20;
    case 'months':
      return n.unit === 'months' || (n.unit === 'years' && n.value < 100);
    case 'year':
      return (n.unit === 'years' || n.unit === 'none') && (looksLikeYear(n) || (n.unit === 'years' && n.value >= 19 && n.value <= 99));
  }
}

interface Candidate {
  anchor: Anchor;
  num: Num;
  score: number;
  distance: number;
}

export interface Assignment {
  /** The number each anchor took (an anchor takes at most one). */
  byAnchor: Map<Anchor, Num>;
  /** Numbers taken by some anchor. */
  used: Set<Num>;
}

/**
 * How far apart, in raw characters, a cue and its number may stand. The gap limits above count only
 * non-filler words; fillers are short, so 40 characters holds every real pairing and keeps the search
 * around each cue bounded: the work grows with the message, not with the square of its cues.
 */
const MAX_RAW_DISTANCE = 40;
/** Numbers one clause may pair; a clause holding more is not a statement a person would write. */
const MAX_NUMBERS_PER_CLAUSE = 32;

/** Items grouped by the clause they start in, each group in text order. */
function byClause<T extends { start: number }>(msg: Message, items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const c = clauseIndex(msg, item.start);
    const group = groups.get(c);
    if (group) group.push(item);
    else groups.set(c, [item]);
  }
  return groups;
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
function firstFrom<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function assign(msg: Message, anchors: readonly Anchor[], nums: readonly Num[]): Assignment {
  const byAnchor = new Map<Anchor, Num>();
  const used = new Set<Num>();
  const anchorsByClause = byClause(msg, anchors);
  const numsByClause = byClause(msg, nums);

  for (const [c, as] of anchorsByClause) {
    const ns = (numsByClause.get(c) ?? []).slice(0, MAX_NUMBERS_PER_CLAUSE);
    if (ns.length === 0) continue;
    // A date opening the clause (2025年专利权质押贷款1200万), or a figure no cue here could take (两笔：专利权
    // 质押1400万…), says nothing of how figures are written.
    const firstFigure = ns.find((n) => !(n.unit === 'years' && looksLikeYear(n)) && as.some((a) => accepts(a, n)));
    const numberFirst = firstFigure !== undefined && firstFigure.start < as[0].start;
    const candidates: Candidate[] = [];
    for (const a of as) {
      // Only the numbers near the cue: distance first, then everything else.
      const lo = firstFrom(ns, a.start - 2 * MAX_RAW_DISTANCE);
      for (let i = lo; i < ns.length && ns[i].start <= a.end + MAX_RAW_DISTANCE; i++) {
        const n = ns[i];
        if (!accepts(a, n)) continue;
        const forward = a.end <= n.start;
        const backward = n.end <= a.start;
        if (!forward && !backward) continue;
        if ((forward && a.dir === 'backward') || (backward && a.dir === 'forward')) continue;
        const [from, to] = forward ? [a.end, n.start] : [n.end, a.start];
        if (to - from > MAX_RAW_DISTANCE) continue;
        let blocked = false;
        for (let j = firstFrom(as, from); j < as.length && as[j].start < to && !blocked; j++) blocked = as[j] !== a && accepts(as[j], n);
        if (blocked) continue;
        const gap = msg.text.slice(from, to).replace(FILLER, '').length;
        // A bare number (no unit) only counts right next to its cue: 培训率100, 发明专利12.
        if (n.unit === 'none' && (backward || gap > 1) && a.kind !== 'year') continue;
        if (gap > (forward ? MAX_FORWARD_GAP : MAX_BACKWARD_GAP)) continue;
        // A figure glued to the cue after it (预警分析项目2项) is in no style against it.
        const against = forward === numberFirst && !(forward && to === from);
        candidates.push({ anchor: a, num: n, score: gap + (against ? AGAINST_STYLE : 0), distance: to - from });
      }
    }
    // "新增了2个市级预警项目": a count right before another topic's noun is that noun's, not the verb's.
    const tightNums = new Map<Num, Candidate[]>();
    for (const t of candidates) {
      if (t.distance !== 0 || t.num.end > t.anchor.start) continue;
      const list = tightNums.get(t.num);
      if (list) list.push(t);
      else tightNums.set(t.num, [t]);
    }
    const yields = (c: Candidate) =>
      c.anchor.verb && c.anchor.end <= c.num.start && (tightNums.get(c.num) ?? []).some((t) => !t.anchor.verb && t.anchor.family !== c.anchor.family);
    const kept = candidates.filter((x) => !yields(x));
    kept.sort((x, y) => x.score - y.score || x.distance - y.distance || x.anchor.start - y.anchor.start);
    for (const { anchor, num } of kept) {
      if (byAnchor.has(anchor) || used.has(num)) continue;
      byAnchor.set(anchor, num);
      used.add(num);
    }
    // 金奖和优秀奖各两项: a number after 各 also belongs to the cues before it (near it) that got none.
    for (const n of ns.filter((x) => x.each && used.has(x))) {
      for (let j = firstFrom(as, n.start - MAX_RAW_DISTANCE); j < as.length && as[j].start < n.start; j++) {
        const a = as[j];
        if (!byAnchor.has(a) && a.end <= n.start && accepts(a, n)) byAnchor.set(a, n);
      }
    }
  }
  return { byAnchor, used };
}

/**
 * Same-kind cues that overlap compete; the longest wins (比去年多了 over 去年, 新增高价值发明专利 over
 * 发明专利). Cues of different kinds may overlap: 专利产品销售收入占比 (percent) contains 销售收入 (yuan).
 */
export function resolveOverlaps(anchors: Anchor[]): Anchor[] {
  // Longest first; at equal length a real cue beats a sink (a loan's 利息 over the generic one).
  const sinkLast = (a: Anchor) => (a.target === 'sink' ? 1 : 0);
  const sorted = [...anchors].sort((a, b) => b.end - b.start - (a.end - a.start) || sinkLast(a) - sinkLast(b) || a.start - b.start);
  const kept: Anchor[] = [];
  // Per kind, the kept cues in text order: they never overlap one another, so a new cue need only be
  // compared with its two neighbours there.
  const byKind = new Map<Anchor['kind'], Anchor[]>();
  for (const a of sorted) {
    let line = byKind.get(a.kind);
    if (!line) byKind.set(a.kind, (line = []));
    const at = firstFrom(line, a.start);
    if ((at > 0 && line[at - 1].end > a.start) || (at < line.length && line[at].start < a.end)) continue;
    line.splice(at, 0, a);
    kept.push(a);
  }
  return kept.sort((a, b) => a.start - b.start);
}
