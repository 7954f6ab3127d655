import { levelStems } from '../../rules/lexicon/levels';
import { clauseIndex, cutAtConjunction, Message, NEGATOR, Span } from './fact-text';

/**
 * Whether the words around a cue say yes (贯标过了, 通过了…认证, 刚评上), no (没贯标, 还没做贯标, 贯标没通过),
 * ask (有没有贯标, 贯标了吗), or leave it open (贯标的事). The window is the cue's clause and, after the cue,
 * the next clause too ("驰名商标，去年拿到了"); other cues close it so each cue reads its own words.
 */
export type Polarity = 'yes' | 'no' | 'query' | 'unknown';

const QUERY_BEFORE = /(?:有没有|是不是|是否|能否|可否|有无|要不要|需不需要|需要|(?<![主只重])要|必须)(?:做|通过|拿到|获得|有|买)?(?:过)?(?:的)?$/;
// A space ends the words about the cue too: 刚拿下互认证书 有补助吗 asks about the subsidy, not the certificate.
const QUERY_AFTER = /^[^，。,；;\s]{0,8}?(?:吗|么|没有?\s*[?？]|了没|与否)|^(?:没有|了没有)\s*$/;
const NO_AFTER =
  /^(?:的)?(?:认证|证书|的事|这块|方面|工作|这个|项目|这事)?(?:我们|我司|公司)?(?:一(?:件|个|项|家|笔)|任何)?(?:还|也|都|暂时|目前|至今|一直|今年|去年){0,2}(?:没|未|无(?!论)|不(?!错|少|到)|在(?:做|弄|办|申请|准备|搞|走流程))|^(?:的)?(?:认证|证书|工作)?(?:正在|还在)|^[^，。,；;]{0,6}(?:不合格|没通过|未通过|没过)|^[^。；;]{0,14}?[，,](?:但是?|可是|可惜|不过)?(?:结果|最后|最终|后来)(?:还是)?(?:没|未|落选|没能)/;
const YES_BEFORE = /通过|过了|做了|做过|完成|已|拿到|拿了|获得|获评|获|评上|评为|认定|有|是|成功|新建|建了|建成|创建|注册|取得|首次|刚|被|买了|购买了|投保了|升(?:级)?(?:成|为|到)了?|晋升(?:为|到)?|升格(?:为|成)?/;
const YES_AFTER =
  /^(?:的)?(?:认证|证书|工作|这块|这个)?(?:我们|我司|公司)?(?:也|都|已经?|早就?|去年底?就?|前年底?就?|(?:19|20)\d\d年(?:底|初)?就?|几年前就?|今年初?|刚刚?|才|就|上(?:周|个?月)|前(?:几)?天|最近|近期|年初|年底)*(?:过了|通过|做了|做过|完成|拿到|拿了|拿下|取得|新?获(?:得|评)?认定|新认定|获得|(?:发|批|颁)?下来|颁发|下发|搞定|有了|了|合格|成功|认定|评上|注册|在手|有|买了|办了|(?<=已|已经|早就?)过(?![^，。,；;]{0,2}[吗没]))|^(?:的)?(?:认证|证书)?是[^，。,；;]{0,8}(?:做|办|拿|过|通过|拿到|认定|注册)(?:了)?的/;

/**
 * Doubt about the fact itself (绩效评价优秀吗不清楚, 不确定是否优秀, 结果还没出来): the fact is asked for, never
 * assumed. Doubt about the award (不清楚能拿多少, 不知道有没有奖励) is the question being asked, not doubt about the fact.
 */
export const UNSURE =
  /(?:不清楚|不确定|不知道|不太清楚|不太确定|说不准|说不好|不好说|不晓得|搞不清|吃不准|还没出(?:来)?|没出来|待定|未定)(?![^，。,；;]{0,6}?(?:拿|补|奖|给|领|享受|申请|多少|政策|钱|怎么|如何|什么))/;

const ATTACHED_LEVEL = new RegExp(`(?:${levelStems()})(?:的)?(?:知识产权|专利)?(?:保护)?$`);

/** Cue spans of other facts: a cue's window stops at them. */
export type Barriers = readonly Span[];

export interface Window {
  /** The words before the cue, cut at the last conjunction (for negation). */
  before: string;
  after: string;
  /** The whole window in the text (levels are read from it without the conjunction cut). */
  from: number;
  to: number;
}

interface BarrierIndex {
  sorted: Span[];
  longest: number;
}

/** Barriers sorted once per list (the extractor passes one list for all its cues). */
const INDEXES = new WeakMap<Barriers, BarrierIndex>();

/**
 * The barriers that can touch the window [from, to), in text order: only those, so a message with many
 * cues does not compare every cue with every barrier.
 */
function barriersNear(barriers: Barriers, from: number, to: number): Span[] {
  let index = INDEXES.get(barriers);
  if (!index) {
    const sorted = [...barriers].sort((a, b) => a.start - b.start || a.end - b.end);
    index = { sorted, longest: sorted.reduce((m, b) => Math.max(m, b.end - b.start), 0) };
    INDEXES.set(barriers, index);
  }
  const { sorted, longest } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from - longest) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end > from) out.push(sorted[i]);
  return out;
}

export function windowOf(msg: Message, cue: Span, barriers: Barriers, reach = { before: 12, after: 14 }): Window {
  const c = clauseIndex(msg, cue.start);
  const clause = msg.clauses[c];
  const next = msg.clauses[c + 1];
  // The next clause of the sentence, unless it quotes the policy (政策里说省级市级给10万).
  const sameSentence = next && next.sentence === clause.sentence && !next.requirement;
  let from = Math.max(clause.start, cue.start - reach.before);
  let to = Math.min(sameSentence ? next.end : clause.end, cue.end + reach.after);
  for (const b of barriersNear(barriers, from, to)) {
    if (b.start === cue.start && b.end === cue.end) continue;
    if (b.end <= cue.start && b.end > from) from = b.end;
    if (b.start >= cue.end && b.start < to) {
      // The level words of the next cue are its own: 区级专利导航项目1个、市级知识产权预警分析项目.
      const attached = ATTACHED_LEVEL.exec(msg.text.slice(cue.end, b.start));
      to = attached ? cue.end + attached.index : b.start;
    }
  }
  return { before: cutAtConjunction(msg.text.slice(from, cue.start)), after: msg.text.slice(cue.end, to), from, to };
}

const EARLIER_YEAR = /去年|前年|上一?年(?!末|底|度)/;
const STILL_RUNNING = /^[^，。,；;]{0,6}?(?:还在|仍在|继续)(?:做|进行|实施|推进|建设?)/;

export function polarity(w: Window, extra: { yes?: RegExp; no?: RegExp } = {}): Polarity {
  if (QUERY_BEFORE.test(w.before) || QUERY_AFTER.test(w.after) || UNSURE.test(w.before) || UNSURE.test(w.after)) return 'query';
  // 驰名商标 今年认定的: a space typed between the cue and its verb separates nothing there (it does end a
  // question about something else: 刚拿下互认证书 有补助吗).
  const after = w.after.replace(/^\s+/, '');
  // 去年承担的导航项目今年还在做: begun in an earlier year and still running is had (the year is judged apart).
  if (EARLIER_YEAR.test(w.before) && STILL_RUNNING.test(after)) return 'yes';
  if (NEGATOR.test(w.before) || NO_AFTER.test(after) || (extra.no && (extra.no.test(w.before) || extra.no.test(after)))) return 'no';
  if (YES_BEFORE.test(w.before) || YES_AFTER.test(after) || (extra.yes && (extra.yes.test(w.before) || extra.yes.test(after)))) return 'yes';
  return 'unknown';
}
