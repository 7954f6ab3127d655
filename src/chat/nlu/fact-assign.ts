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

export function accepts(a: Anchor, n: Num): boolean {
  switch (a.kind) {
    case 'count':
      if (n.unit === 'count') return !a.counters || a.counters.includes(n.counter ?? '');
      return n.unit === 'none' && Number.isInteger(n.value) && n.value < 10000 && !looksLikeYear(n);
    case 'yuan':
      return n.unit === 'yuan';
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

export function assign(msg: Message, anchors: readonly Anchor[], nums: readonly Num[]): Assignment {
  const byAnchor = new Map<Anchor, Num>();
  const used = new Set<Num>();
  const clauseOfAnchor = new Map(anchors.map((a) => [a, clauseIndex(msg, a.start)]));
  const clauseOfNum = new Map(nums.map((n) => [n, clauseIndex(msg, n.start)]));

  for (let c = 0; c < msg.clauses.length; c++) {
    const as = anchors.filter((a) => clauseOfAnchor.get(a) === c);
    const ns = nums.filter((n) => clauseOfNum.get(n) === c);
    if (as.length === 0 || ns.length === 0) continue;
    const numberFirst = Math.min(...ns.map((n) => n.start)) < Math.min(...as.map((a) => a.start));
    const candidates: Candidate[] = [];
    for (const a of as) {
      for (const n of ns) {
        if (!accepts(a, n)) continue;
        const forward = a.end <= n.start;
        const backward = n.end <= a.start;
        if (!forward && !backward) continue;
        if ((forward && a.dir === 'backward') || (backward && a.dir === 'forward')) continue;
        const [from, to] = forward ? [a.end, n.start] : [n.end, a.start];
        if (as.some((b) => b !== a && b.start >= from && b.start < to && accepts(b, n))) continue;
        const gap = msg.text.slice(from, to).replace(FILLER, '').length;
        // A bare number (no unit) only counts right next to its cue: 培训率100, 发明专利12.
        if (n.unit === 'none' && (backward || gap > 1) && a.kind !== 'year') continue;
        if (gap > (forward ? MAX_FORWARD_GAP : MAX_BACKWARD_GAP)) continue;
        const against = forward === numberFirst;
        candidates.push({ anchor: a, num: n, score: gap + (against ? AGAINST_STYLE : 0), distance: to - from });
      }
    }
    // "新增了2个市级预警项目": a count right before another topic's noun is that noun's, not the verb's.
    const tight = candidates.filter((c) => c.distance === 0 && c.num.end <= c.anchor.start);
    const yields = (c: Candidate) =>
      c.anchor.verb && c.anchor.end <= c.num.start && tight.some((t) => t.num === c.num && !t.anchor.verb && t.anchor.family !== c.anchor.family);
    const kept = candidates.filter((c) => !yields(c));
    candidates.length = 0;
    candidates.push(...kept);
    candidates.sort((x, y) => x.score - y.score || x.distance - y.distance || x.anchor.start - y.anchor.start);
    for (const { anchor, num } of candidates) {
      if (byAnchor.has(anchor) || used.has(num)) continue;
      byAnchor.set(anchor, num);
      used.add(num);
    }
    // 金奖和优秀奖各两项: a number after 各 also belongs to the cues before it that got none.
    for (const n of ns.filter((x) => x.each && used.has(x))) {
      for (const a of as) {
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
  for (const a of sorted) {
    if (kept.some((k) => k.kind === a.kind && k.start < a.end && a.start < k.end)) continue;
    kept.push(a);
  }
  return kept.sort((a, b) => a.start - b.start);
}
