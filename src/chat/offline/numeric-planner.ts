import type { Profile, ProfileKey } from '../../rules/profile.schema';
import { PREVIOUS_YEAR_END, SHARED_FACTS } from '../../rules/profile.schema';
import type { Calculation, Rule } from '../../rules/rule';
import { findRule, paidPerCase, RULES } from '../../rules/rules.registry';
import { SearchHit } from '../../retrieval/retrieval.service';
import { CorpusService } from '../../corpus/corpus.service';
import { ChatSession } from '../chat-session';
import { bareYesNo, ExtractContext, ExtractedFacts } from '../nlu/fact-extractor';
import { ChatTools } from '../tools/chat-tools';
import { detectRuleTopics } from './rule-topics';
import { glossEnglish, hasEnglishWords, isEnglish } from '../nlu/english-gloss';
import { newThisYear } from '../nlu/fact-assertion';
import { SUM_WORDS, TAKING_BACK_WORDS } from '../nlu/fact-text';
import { DialogueMove, readTurn, rulesFor, TurnReading } from './dialogue-moves';

export type FactExtractor = (text: string, context: Omit<ExtractContext, 'budgetMs'>) => ExtractedFacts;

export interface NumericPlan {
  /** What the message does in the conversation (src/chat/offline/dialogue-moves.ts). */
  move: DialogueMove;
  rules: Rule[];
  calculations: Calculation[];
  /** Per rule: did the user state any fact of it (then a needs-info answer asks; otherwise it explains). */
  known: Map<string, boolean>;
  /** Facts the user stated as ranges (十几件): the engine says the figure was taken as given. */
  approximate: ProfileKey[];
  /** Facts dropped because they failed validation (a share over 100 %, a negative count). */
  rejected: string[];
  /** Computed for a what-if (如果…, …呢): said so in the answer, and not kept as the applicant's facts. */
  hypothetical: boolean;
  /** Items asked about at a level or title their text does not list (国家级专利导航项目): said so, no amount. */
  unlisted: { rule: Rule; what: string }[];
  /** Facts still in progress asked to be paid ahead: computed as not (yet) met, and the answer says why. */
  pending: ProfileKey[];
  /** More of a figure told before, not done yet (还有18件还没授权): not counted; what was told stands. */
  notCounted: ProfileKey[];
  /** Someone else's facts asked for as the applicant's own: computed as not met, and the answer says why. */
  others: ProfileKey[];
  /** Facts of an earlier year asked to be paid now: computed as not met, and said why. */
  older: ProfileKey[];
}

/** A question that adds up what the conversation has computed so far. */
const TOTAL_QUESTION = new RegExp(`${SUM_WORDS}|合起来|加上|总数|两项|几项|两个奖|都算上`);

function pick(profile: Partial<Profile>, facts: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of facts) {
    const v = profile[f as ProfileKey];
    if (v !== undefined && v !== null) out[f] = v;
  }
  return out;
}

/**
 * Figures a message gives relative to what the conversation already knows: 比去年多了6件 needs the
 * current stock, 专利产品卖了600万 needs the annual sales. Shares are floored to 0.01 % so that a
 * boundary (20 %) is never reached by rounding up.
 */
export function resolveDerived(profile: Partial<Profile>, extracted: ExtractedFacts): Partial<Profile> {
  const out: Partial<Profile> = {};
  const { inventionPatentIncreaseCount: increase, patentProductSalesYuan: productSales } = extracted.derived;
  const current = profile.selfDevelopedInventionPatentsCount;
  if (increase !== undefined && current !== undefined && current - increase >= 0) {
    out.selfDevelopedInventionPatentsLastYearCount = current - increase;
  }
  const sales = profile.annualSalesYuan;
  if (productSales !== undefined && sales && productSales <= sales) {
    out.patentProductSalesPercent = Math.floor((productSales / sales) * 10000) / 100;
  }
  return out;
}

const NEXT_YEAR = /明年|下一年|来年|下年度/;
/** 再次认定, 重新认定, 又一次被认定: the same thing recognised again. */
const SAME_AGAIN = /再次|重新(?:认定|评|获)|又一次|第二次(?:被)?认定|复核|复审/;
/** 还有18件…, 另外还有…: a message telling more of what was told. */
const MORE_OF_IT = /^(?:那)?(?:我们)?(?:还有|另外(?:还有)?|又有|再加)/;
/** 再加个…, 还有一份…, 另外又…: a message adding one more thing to what was told. */
const ADDS_ONE_MORE = /^(?:那)?(?:我们)?(?:再加|再买|还有|另外|又)(?:了)?(?:一|个|一个|一份|份|一笔|笔|一项)/;
/** 这笔, 这一份, 新的那笔, 区级那个呢: the one item just told, asked about by itself. */
const THIS_ITEM = /(?:这|新的?那)(?:一)?(?:笔|份|单|个|项|件|起|张|家)|(?:^|[，,；;\s]|[^，,。？?\s]{1,6})那(?:一)?(?:个|项|件|笔|起|份)(?:的)?呢/;
const ANOTHER_CASE = /^(?:那|另外)?还有|另外|又有/;
/** A what-if or correction that puts a value in place of the one told: 要是…呢, 不对，是…. */
// 区级预警项目给吗: a kind asked about by itself is answered as that kind, whatever was told before.
const REPLACING = new RegExp(`^(?:(?:哦|噢|啊|嗯|呃|额)[，,\\s]*)?(?:那|那么|如果|假如|要是|假设|换成|改成|不对|不是)|${TAKING_BACK_WORDS}|更正|呢[？?]?$|^[^，,。]{0,12}(?:给|有|能|补|奖|算)吗[？?]?$|^[^，,。]{0,12}有没有(?:配套|奖励|补助|补贴|奖)[？?]?$`);

/** 如果明年累计到10件: the year-end stock told for this year is next year's previous year-end stock. */
function nextYear(text: string, before: Partial<Profile>, extracted: ExtractedFacts): Partial<Profile> {
  if (!extracted.hypothetical || !NEXT_YEAR.test(text)) return {};
  const out: Record<string, unknown> = {};
  for (const [stock, previous] of Object.entries(PREVIOUS_YEAR_END) as [ProfileKey, ProfileKey][]) {
    const told = before[stock];
    if (extracted.facts[stock] !== undefined && extracted.facts[previous] === undefined && typeof told === 'number') out[previous] = told;
  }
  // 明年如果绩效评价只拿到良好呢: what is new this year is not new next year; next year's assessment is its own.
  for (const [field, value] of Object.entries(before) as [ProfileKey, unknown][]) {
    if (value !== true || extracted.facts[field] !== undefined || !newThisYear(field)) continue;
    out[field] = field === 'ipRightsStationAssessmentPassed' ? undefined : false;
  }
  return out as Partial<Profile>;
}

type Entry = Record<string, unknown>;

function isEntries(v: unknown): v is Entry[] {
  return Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e));
}

/** Whether the message tells a fact of the award's own (not only who the applicant is or where). */
function tellsFactsOf(rule: Rule, extracted: ExtractedFacts): boolean {
  return rule.facts.some((f) => !SHARED_FACTS.includes(f as ProfileKey) && extracted.facts[f as ProfileKey] !== undefined);
}

/** Two entries that share at least two details and differ in none: the same thing told twice. */
function agrees(a: Entry, b: Entry): boolean {
  const shared = Object.keys(a).filter((k) => k in b && typeof a[k] !== 'object');
  return shared.length >= 2 && shared.every((k) => a[k] === b[k]);
}


/**
 * A message's facts laid over what the conversation knows: stated values replace (that is how a user
 * corrects), “one more” list entries are appended, and relative figures (再授权2件, 其中有一个是区级的)
 * adjust the known value.
 */
export function mergeFacts(profile: Partial<Profile>, extracted: ExtractedFacts): Partial<Profile> {
  const out: Record<string, unknown> = { ...extracted.facts };
  for (const f of extracted.additional ?? []) {
    const now = extracted.facts[f];
    const was = profile[f];
    if (Array.isArray(now) && Array.isArray(was)) out[f] = [...was, ...now];
    // 还有一份知识产权保险，保费6万: one more adds to the year's figure before its cap or tier applies.
    // 漏说了，还有印尼: left out of the figure told before, so part of it, even of an award paid per case.
    else if (typeof now === 'number' && typeof was === 'number' && (!paidPerCase(f) || extracted.leftOut)) out[f] = was + now;
  }
  // 不对，是商标质押的: one entry restated in part corrects that entry; what it does not restate stays.
  // 其实是两笔，专利1000万和商标1000万: an entry agreeing with one told before keeps that one's other details.
  for (const [f, now] of Object.entries(extracted.facts)) {
    const was = profile[f as ProfileKey];
    if (out[f] !== now || !isEntries(now) || !isEntries(was)) continue;
    if (now.length === 1 && was.length === 1) out[f] = [{ ...was[0], ...now[0] }];
    else out[f] = now.map((n) => ({ ...(was.find((w) => agrees(w, n)) ?? {}), ...n }));
  }
  // 那如果只贷了1000w呢: a loan's figures restated without its right are the one loan known.
  const untyped = extracted.derived.untypedPledgeLoans;
  const loans = profile.ipPledgeLoans;
  if (untyped?.length === 1 && loans?.length === 1 && out.ipPledgeLoans === undefined) out.ipPledgeLoans = [{ ...loans[0], ...untyped[0] }];
  // 700万那笔其实只贷了6个月: of several loans, the one named by its principal.
  else if (untyped?.length === 1 && loans && loans.length > 1 && out.ipPledgeLoans === undefined) {
    const principal = untyped[0].loanPrincipalYuan;
    const named = loans.filter((l) => principal !== undefined && l.loanPrincipalYuan === principal);
    if (named.length === 1) out.ipPledgeLoans = loans.map((l) => (l === named[0] ? { ...l, ...untyped[0] } : l));
  }
  for (const [f, more] of Object.entries(extracted.derived.additions ?? {})) {
    const base = profile[f as ProfileKey];
    out[f] = typeof base === 'number' && typeof more === 'number' ? base + more : more;
  }
  for (const [f, delta] of Object.entries(extracted.derived.increments ?? {})) {
    const base = (out[f] as number | undefined) ?? (profile[f as ProfileKey] as number | undefined);
    if (typeof base === 'number' && typeof delta === 'number' && base + delta >= 0) out[f] = base + delta;
  }
  return out as Partial<Profile>;
}

/**
 * The numeric half of the offline decider: which rules a message is about, what facts it states,
 * and the calculations — every figure from the rules module, none made here.
 */
export class NumericPlanner {
  constructor(
    private readonly tools: ChatTools,
    private readonly corpus: CorpusService,
    private readonly extract: FactExtractor,
  ) {}

  clauseOf(ruleId: string): string {
    return findRule(ruleId)?.clauseId ?? ruleId;
  }

  /** Which move the message makes and which rules to run for it (none when it is no question about an award). */
  read(text: string, session: ChatSession, extracted: ExtractedFacts, hits: SearchHit[]): TurnReading {
    const state = { known: session.profile, asked: session.askedFact, focus: rulesFor(session.focusRuleIds) };
    // "第12条能拿多少": the rules of the clause retrieval puts first.
    const clauseRules = (top: string) => RULES.filter((r) => this.corpus.covers(r.clauseId, top) || this.corpus.covers(top, r.clauseId));
    return readTurn({ text, extracted, named: detectRuleTopics(text), hits }, state, clauseRules);
  }

  /** Whether the message states any fact at all (a question about the policy states none). */
  statesFacts(extracted: ExtractedFacts): boolean {
    return Object.keys(extracted.facts).length > 0 || Object.values(extracted.derived).some((v) => v !== undefined) || (extracted.unlisted?.length ?? 0) > 0;
  }

  async plan(text: string, session: ChatSession, hits: SearchHit[], options: { requireFacts?: boolean } = {}): Promise<NumericPlan | undefined> {
    const inFocus = [...new Set(rulesFor(session.focusRuleIds).flatMap((r) => r.facts) as ProfileKey[])];
    const asked = inFocus.find((f) => f === session.askedFact);
    // Most relevant first: the fact the last answer asked for.
    const focusFields = asked ? [asked, ...inFocus.filter((f) => f !== asked)] : inFocus;
    const said = [...session.turns].reverse().find((t) => t.role === 'user')?.text;
    // Read as this message is: English words in it glossed (EU商标注册费 9.5k).
    const previous = said !== undefined && (isEnglish(said) || hasEnglishWords(said)) ? glossEnglish(said) : said;
    const extracted = this.extract(text, { focus: focusFields, asked, previous, awardsDiscussed: session.ruleHistory?.length ?? 0 });
    if (options.requireFacts && !this.statesFacts(extracted)) return undefined;
    // 第1笔…是否按期正常偿还？ — 是的: a yes or no to a question about one loan is that loan's.
    const nested = /^(ipPledgeLoans)\.(\d+)\.(repaidOnTime)$/.exec(session.askedFact ?? '');
    const loans = session.profile.ipPledgeLoans as Profile['ipPledgeLoans'];
    const reply = nested && loans?.[Number(nested[2])] ? bareYesNo(text) : undefined;
    // The bare yes answers that question, not another yes/no of the topic (是否在金东区内…).
    if (nested && reply !== undefined && loans) {
      extracted.facts = { ipPledgeLoans: loans.map((l, i) => (i === Number(nested[2]) ? { ...l, repaidOnTime: reply } : l)) };
    }
    const { move, rules: targets } = this.read(text, session, extracted, hits);
    let rules = targets;
    // 联盟还新承担了一个省级导航项目，这个呢: the award told now is asked about, not the ones before it that
    // the message only names (联盟) without a fact of their own.
    const toldNow = (r: Rule) => tellsFactsOf(r, extracted);
    if (THIS_ITEM.test(text) && !TOTAL_QUESTION.test(text) && rules.some(toldNow)) {
      rules = rules.filter((r) => toldNow(r) || !(session.ruleHistory ?? []).includes(r.id));
    }
    if (!rules.length) {
      // 我们是区里的高校，有哪些能申请: who the applicant is holds for the questions after, whatever this one is.
      if (!extracted.hypothetical) session.profile = { ...session.profile, ...pick(extracted.facts, SHARED_FACTS) };
      return undefined;
    }
    // 园区和公司加起来呢: the awards computed before join the total as they were computed (each with the
    // applicant it was computed for), unless this message tells facts of them.
    let asComputed: Rule[] = [];
    if (TOTAL_QUESTION.test(text)) {
      const earlier = rulesFor(session.ruleHistory).filter((r) => !rules.includes(r));
      asComputed = earlier.filter((r) => session.lastFacts?.[r.id] && !tellsFactsOf(r, extracted));
      rules = RULES.filter((r) => rules.includes(r) || earlier.includes(r));
    }

    // Later statements overwrite earlier ones: that is how a user corrects a fact.
    // 其实考核结果还没出来: what was told before is in doubt now, so it is asked for again.
    const doubted: readonly string[] = extracted.doubted ?? [];
    const before = Object.fromEntries(Object.entries(session.profile).filter(([k]) => !doubted.includes(k))) as Partial<Profile>;
    // 还有18件申请了还没授权的，能算进去吗: more of a figure told before, not done yet, is not counted — the
    // figure told stands, and the answer says why the rest is left out.
    const notCounted = (extracted.pending ?? []).filter((f) => typeof before[f] === 'number' && MORE_OF_IT.test(text.trim()));
    for (const f of notCounted) delete extracted.facts[f];
    if (notCounted.length) extracted.pending = (extracted.pending ?? []).filter((f) => !notCounted.includes(f));
    const merged = { ...before, ...mergeFacts(before, extracted) };
    const profile = { ...merged, ...resolveDerived(merged, extracted), ...nextYear(text, before, extracted) };
    // One more case of a per-case award (另外还有一个案子…): the earlier case keeps its own result and cap.
    // A what-if's other case is asked with the one before it, and remembered no more than the what-if.
    const anotherCase = extracted.leftOut ? [] : (extracted.additional ?? []).filter((f) => !Array.isArray(extracted.facts[f]) && paidPerCase(f));
    const casesBefore = [...(session.earlierCases ?? [])];
    for (const rule of rules.filter((r) => r.facts.some((f) => anotherCase.includes(f as ProfileKey)))) {
      const earlier = session.lastFacts?.[rule.id];
      if (earlier && (await this.tools.calculate(rule.id, earlier)).eligible) {
        session.earlierCases = [...(session.earlierCases ?? []), { ruleId: rule.id, facts: earlier }];
      }
    }
    const used: Record<string, Record<string, unknown>> = {};
    const calculations: Calculation[] = [];
    const rejected: string[] = [];
    const known = new Map<string, boolean>();
    const unlisted: NumericPlan['unlisted'] = [];
    for (const rule of rules) {
      // 去年已经拿了…还能再申请吗, with nothing new told for it: not paid twice.
      // 已经拿过…今年又被再次认定，能再拿吗: the same thing again is no new one either.
      const toldNew = tellsFactsOf(rule, extracted);
      // 明年要是卖到三百万，还能再拿一次吗: an award paid once (一次性), computed before, is not paid again.
      const paidOnceBefore = Boolean(rule.oneOff) && extracted.again === true && session.lastFacts?.[rule.id] !== undefined;
      if ((extracted.repeat && (!toldNew || SAME_AGAIN.test(text))) || paidOnceBefore) {
        calculations.push(this.tools.repeated(rule.id));
        continue;
      }
      // An unlisted level beside a listed one told before still leaves that one paid, unless this message
      // puts it in its place (要是国家级的呢, 不对，是国家级的).
      // 还有一个商标官司也赢了: one more case, of a kind the clause does not list, of an award paid per case is
      // answered as that kind; one more policy of another insurance leaves the year's IP premium paid.
      // 再加个产品责任险2w呢: one more thing, of a kind not paid, added to what was told — no replacement.
      // (另外一个是区级站点，那个呢 asks about that one: it is answered as what it is.)
      const replaces = (REPLACING.test(text.trim()) && (!ADDS_ONE_MORE.test(text.trim()) || THIS_ITEM.test(text))) || (Boolean(rule.separateCases) && ANOTHER_CASE.test(text));
      // 35件里有8件其实是实用新型: a part taken out of the figure told is no replacement of it.
      const partTaken = (f: string) => (extracted.derived.increments?.[f as keyof typeof extracted.derived.increments] ?? 0) < 0;
      const notListed = extracted.unlisted?.find(
        (u) => rule.facts.includes(u.field) && (profile[u.field] === undefined || (replaces && extracted.facts[u.field] === undefined && !partTaken(u.field))),
      );
      if (notListed) {
        // Never a neighbouring level's amount, never a question about levels the user did not name.
        unlisted.push({ rule, what: notListed.what });
        calculations.push(this.tools.unlisted(rule.id, notListed.what));
        continue;
      }
      const facts = asComputed.includes(rule) ? { ...session.lastFacts![rule.id] } : pick(profile, rule.facts);
      const parsed = rule.schema.safeParse(facts);
      let valid = parsed.success;
      if (!parsed.success) {
        // Drop what fails validation and ask for it again rather than compute on nonsense.
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0]);
          if (field in facts) {
            delete facts[field];
            delete profile[field as ProfileKey];
            rejected.push(`${field}：${issue.message}`);
          }
        }
        // Nested problems (one bad loan of several) can survive the pruning: then ask for everything.
        valid = rule.schema.safeParse(facts).success;
      }
      known.set(rule.id, Object.keys(facts).some((f) => !SHARED_FACTS.includes(f as ProfileKey)));
      // The calculation goes through the same tool the LLM agent calls.
      used[rule.id] = valid ? facts : {};
      calculations.push(await this.tools.calculate(rule.id, used[rule.id]));
    }
    // 商标权也质押了一笔…，这笔能补多少: the item told now is asked about on its own. Answered alone where
    // alone is exactly what it adds (another right's loan, under its own cap); the session keeps them all.
    if (THIS_ITEM.test(text) && !TOTAL_QUESTION.test(text)) {
      for (const [i, c] of calculations.entries()) {
        const rule = findRule(c.ruleId);
        const field = (extracted.additional ?? []).find((f) => rule?.facts.includes(f) && Array.isArray(extracted.facts[f]) && Array.isArray(before[f]));
        if (!rule || !field || !c.eligible) continue;
        const alone = await this.tools.calculate(rule.id, { ...used[rule.id], [field]: extracted.facts[field] });
        const earlier = await this.tools.calculate(rule.id, { ...used[rule.id], [field]: before[field] });
        if (alone.eligible && earlier.eligible && earlier.amountYuan + alone.amountYuan === c.amountYuan) calculations[i] = alone;
      }
    }
    // A what-if is answered but not remembered: the next question starts from what the applicant stated.
    const hypothetical = extracted.hypothetical;
    // Someone else's asked for as ours is answered, not remembered: the collective's own facts stay told.
    const kept = { ...profile };
    for (const f of extracted.others ?? []) {
      if (before[f] === undefined) delete kept[f];
      else (kept as Record<string, unknown>)[f] = before[f];
    }
    session.profile = hypothetical ? before : kept;
    // The session keeps the facts, not the results: rules are pure, so a result is recomputed when needed.
    if (!hypothetical) session.lastFacts = { ...(session.lastFacts ?? {}), ...used };
    // 两件一共: a count restated as the total takes in the cases told before; they are not added again.
    const restated =
      TOTAL_QUESTION.test(text) &&
      Object.entries(extracted.facts).some(([f, v]) => typeof v === 'number' && paidPerCase(f) && !(extracted.additional ?? []).includes(f as ProfileKey));
    if (restated) session.earlierCases = (session.earlierCases ?? []).filter((c) => !rules.some((r) => r.id === c.ruleId));
    // 明年再注册3个国家呢: next year's cases are counted on their own, this year's stay this year's.
    // 又有一件…注册成功了: the one told now is answered; the cases before join it when the total is asked.
    // 那如果再加一个巴西呢: one more case as a what-if is asked with the ones before it — when it is paid at all
    // (还有一个区级的呢 is answered as not qualifying, on its own).
    const withEarlier = TOTAL_QUESTION.test(text) || (extracted.hypothetical && (extracted.additional ?? []).length > 0 && calculations.every((c) => c.eligible));
    const earlierCases = NEXT_YEAR.test(text) || !withEarlier ? [] : (session.earlierCases ?? []).filter((c) => rules.some((r) => r.id === c.ruleId));
    calculations.unshift(...(await Promise.all(earlierCases.map((c) => this.tools.calculate(c.ruleId, c.facts)))));
    if (extracted.hypothetical) session.earlierCases = casesBefore;
    session.focusRuleIds = rules.map((r) => r.id);
    session.askedFact = calculations.find((c) => c.status === 'needs-info')?.needsInfo[0]?.fact;
    session.ruleHistory = [...new Set([...(session.ruleHistory ?? []), ...session.focusRuleIds])];
    return { move, rules, calculations, known, approximate: extracted.approximate, rejected, hypothetical, unlisted, pending: extracted.pending ?? [], notCounted, others: extracted.others ?? [], older: extracted.older ?? [] };
  }
}
