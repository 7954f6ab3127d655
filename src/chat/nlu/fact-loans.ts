import type { PledgeLoan, Profile } from '../../rules/profile.schema';
import type { Assignment } from './fact-assign';
import { hasAtMostTwoDecimals } from '../../rules/money';
import { parseNumber } from '../../common/chinese-number';
import { pickValue } from './fact-numbers';
import { clauseIndex, matchAll, Message, Span } from './fact-text';
import { finding, type Anchor, type Extraction, type Num } from './fact-types';

/**
 * Knowledge-property pledge loans (art.4.1), one entry per loan. Each mention of a pledged right
 * (专利权质押, 用商标做质押, 质押的是著作权) opens a loan; the loan's words run to the next loan or to the
 * first later clause about another fact. Inside, 贷款/借了 name the principal, 其中…部分 the pledged
 * part of a mixed loan, 利息 the interest, months (6个月, 一个半月, 半年) or days (45天) the period of
 * interest, 利率/年化 the loan's own rate; 按时还了 / 逾期 the repayment, 还款情况不确定 a repayment in doubt.
 * A plain pledge loan's pledged part is its principal (the field's own definition); a mixed one
 * (混合担保, 加了房产抵押, 其中…) only gets a pledged part when the user says it. A period is kept as said:
 * part of a month is not rounded up (the rule counts days on an actual/365 basis, months as months/12).
 */

type RightType = PledgeLoan['rightType'];
export type UntypedLoan = Omit<PledgeLoan, 'rightType'>;

const RIGHT =
  '(专利权?|商标(?:专用)?权?|著作权|版权|地理标志|植物新品种(?:权)?|集成电路布图(?:设计)?(?:专有权)?|知识产权)';
// 押了一笔专利: 押 alone is the pledge too, when a right follows.
// 商标权另外单独质押: adverbs between the right and the pledge.
// 专利权加厂房一起抵押: the right pledged with other collateral, a mixed loan.
const LOAN_CUE = new RegExp(
  `${RIGHT}(?:也|还|又|另外|另|单独|再|同时|分别){0,3}(?:去|来|做|作|进行|作为)?(?:的)?(?:质押|质权)|(?:质押|抵押|押)(?:了|的是|的)?(?:一笔|1笔)?${RIGHT}|${RIGHT}(?:加|和|与|及|连同|加上)[^，。；]{1,8}?(?:一起|一并|共同)?(?:抵押|质押)`,
  'g',
);
const NEGATED_LOAN = /(?:没有?|未|从没|从未|没做过?|没办过?|不曾)(?:做过?|办过?|申请过?|有过?|用)?[^，。]{0,8}质押/;

function rightTypeOf(word: string): RightType | undefined {
  if (word.startsWith('专利')) return '专利权';
  if (word.startsWith('商标')) return '商标权';
  if (word === '著作权' || word === '版权') return '著作权';
  if (word === '地理标志') return '地理标志';
  if (word.startsWith('植物')) return '植物新品种权';
  if (word.startsWith('集成电路')) return '集成电路布图设计专有权';
  return undefined; // 知识产权: the right is not named
}

const PRINCIPAL = /(?:贷款|贷了|借了|借款|融资|授信|放款|放贷|贷)(?:了)?(?:总额|金额|本金)?(?:是|为|有)?|本金(?:是|为)?|总额(?:是|为)?/g;
const IP_PART =
  /其中(?:的)?(?:专利权?|商标(?:专用)?权?|知识产权|著作权|版权)?(?:质押)?(?:的)?(?:部分|的部分)?(?:是|为|有|占)?|(?:质押|专利|商标)(?:的)?部分(?:是|为|有)?|(?:专利权?|商标权?|知识产权)(?:质押)?(?:部分)?对应(?:的)?(?:本金|贷款|额度|金额)?(?:是|为|有)?|(?:专利权?|商标(?:专用)?权?|知识产权)(?:的)?(?:评估)?(?:作价|估值|评估值|评估价)?(?:只|仅|才)?(?:占了?|作价|算|评估作价)(?:是|为)?/g;
const INTEREST = /(?:支付|付|还|交)?(?:了)?利息(?:费用)?(?:支付|付|交)?(?:了)?(?:是|为|有|一共|共)?|付息(?:了)?|息费/g;
const MONTHS = /(?:贷了|借了|贷满|借满|期限|为期|计息|贷款期限|用了)(?:是|为)?/g;
/** 全年, 贷满一整年, 全年计息: interest for the whole year, twelve months. */
const FULL_YEAR = /全年|一整年|整一年|整年|满一年/;
/** 专利权质押两笔，各800万: several loans told together. */
const SEVERAL = /^(?:贷款)?(?:有|共|一共)?([两二三四五2-5])笔/;
const MIXED = /混合|组合担保|(?:加|和|还有|另加|以及|加上)(?:了)?(?:房产|土地|厂房|设备|保证|担保|抵押|信用)|担保贷款|保证贷款|抵押贷款|其中/;
const REPAID_YES =
  /没有?逾期|无逾期|未逾期|(?:按时|准时|如期)(?:还|还款|归还|偿还|付息|还本付息)|按期(?:还|还款|归还|偿还|付息)|正常(?:还款|偿还|归还|还本付息|还(?:的|了|清))|(?:已经?|都)?还清|已结清|结清了|都还了|还款正常|已经还了|还了/;
const REPAID_NO = /逾期|没(?:有)?按时|没(?:有)?按期|未按期|未按时|拖欠|延期还款|还不上|没还上|没(?:有)?还(?!没)/;
const SHARED = /都|均|全部|全都|两笔|每笔/;
/** 两笔专利质押贷款，各1000万: the number of loans said before the right. */
const SEVERAL_BEFORE = /([两二三四五2-5])笔(?:的)?$/;
/** A loan's own details besides its principal: its repayment or its period. */
const LOAN_DETAIL = /逾期|按时|按期|还清|结清|还款|没(?:有)?还|拖欠|晚了[^，。]{0,6}才还|迟还|一年期|半年期|期限|贷了[0-9一二两三四五六七八九十半]+个?(?:月|年)/g;
const IP_PART_AT = new RegExp(`^(?:${IP_PART.source})$`);
const SEVERAL_LOANS = /(?:[两二三四五几多]|[2-9])笔[^，。；]{0,6}$/;
/** 一笔600万…，一笔700万…: one loan of several listed. */
const EACH_LOAN = /(?:另)?一笔(?![^，。；]{0,2}(?:都|也|贷款都))/g;
/** Another loan told, not the one under discussion restated. */
const ANOTHER_LOAN = /还有|另(?:一|外)|又|再(?:贷|借)|第二笔|两笔|几笔/;
/** 45天, 四十五天, 借了10天: days of interest; not 第十天, not days late or left (逾期10天, 还有10天到期). */
const DAYS = /(?<!第)([0-9]+|[零一二两三四五六七八九十百]+)(?:个)?(?:自然)?天/g;
const NOT_PERIOD_BEFORE = /(?:逾期|延期|超期|提前|还有|再过|剩下?|晚了|拖了|宽限(?:期)?)(?:了)?$/;
// 一年期LPR: the rate's term, not the loan's.
const NOT_PERIOD_AFTER = /^(?:后|以后|之后)?(?:才|就)?到期|^期?(?:的)?(?:LPR|lpr|贷款市场报价利率|市场报价利率)/;
/** 一个半月, 两个半月, 半个月; 半年 (not 上半年/下半年: a half of the calendar year, not a length). */
const HALF_MONTHS = /([0-9]+|[一二两三四五六七八九十]+)个半月|半个月/;
const HALF_YEAR = /(?<![上下前后])半年/;
/** The loan's own rate: 利率3.2%, 年利率4.35, 优惠利率只有2.4%, 年化3.5% — not the LPR, not a subsidy rate. */
const RATE_BEFORE = /(?:利率|年化(?:利率)?)(?:只有|仅有|仅为|仅|才|是|为|按|在|大概|约)?$/;
const NOT_LOAN_RATE = /(?:LPR|报价|贴息|补助|补贴|贴补)(?:的)?(?:利率)?(?:只有|仅有|仅为|仅|才|是|为|按|在|大概|约)?$/i;
/** 还款情况还不确定, 不清楚有没有按时还: the repayment in doubt, asked rather than assumed. */
const REPAY_DOUBT =
  /(?:还款|偿还|还贷|按期|按时|逾期)[^，。；！？]{0,8}(?:不确定|不清楚|不知道|说不准|不好说|待定|未定|还没定)|(?:不确定|不清楚|不知道|说不准|不好说)[^，。；！？]{0,10}(?:还款|偿还|按期|按时|逾期|还上|还清|还了)/;
/**
 * The subsidy year is the year the interest was paid (src/rules/interpretations.ts, art4.1-subsidy-year):
 * 2024年付的利息 names it; 2025年申请 / 2025年申报 (or 今年是2025年) names only when the application is made,
 * which is not it (the year is then asked, not guessed).
 */
const PAID_IN_YEAR = /(?<=年)(?:内|里)?(?:实际)?(?:支付|付|交|缴)(?:了)?(?:的)?/g;
const APPLIED_IN_YEAR = /(?<=年)(?:来|去|再)?(?:提出)?(?:申请|申报)/g;
const THIS_YEAR_IS = /(?:今年|现在|目前)(?:是|已经是)(?=[0-9]{4}年(?!度))/g;
const APPLICATION_AFTER = /^度?(?:来|去|再)?(?:提出)?(?:申请|申报)/;
const NOT_DUE = /还没(?:有)?到期|未到期|尚未到期|还款中|正在还款?|还在还/;
/** 逾期了没按期还: a denial of the on-time words, which REPAID_YES would otherwise read inside it. */
const NOT_ON_TIME = /没(?:有)?按(?:时|期)|未按(?:时|期)|不按(?:时|期)|拖欠|延期还款|还不上|没还上|逾期(?:了)?[^，。]{0,4}才还|晚了[^，。]{0,6}才还|晚还了|迟还/;

interface LoanDraft {
  cue: Span;
  type?: RightType;
  segment: Span;
  anchors: { principal: Anchor[]; ipPart: Anchor[]; interest: Anchor[]; months: Anchor[] };
}

export interface LoanPlan {
  anchors: Anchor[];
  /** `untyped`: loans told without their right, with where each was told (`untypedAt`). */
  finish(assignment: Assignment, nums: readonly Num[]): Extraction & { untyped: UntypedLoan[]; untypedAt: number[]; consumed: Num[] };
}

/**
 * `cutAt`: where other facts' cues stand; a loan's words stop at the first later clause holding one. The
 * LPR is no other fact (专利质押200万，LPR 3.45%，全年: 全年 is still the loan's).
 */
export function planLoans(msg: Message, cuesOfOtherFacts: readonly (Span & { target?: string })[], aboutLoans = false): LoanPlan {
  const text = msg.text;
  const cutAt = cuesOfOtherFacts.filter((a) => a.target !== 'lprOneYearPercent');
  let cues = matchAll(text, LOAN_CUE)
    .map((c) => ({ ...c, type: rightTypeOf(c.m[1] ?? c.m[2] ?? c.m[3] ?? '') }))
    .filter((c) => !/(?:没有?|未|从没|从未|没做过?|没办过?)[^，。]{0,6}$/.test(text.slice(Math.max(0, c.start - 8), c.start)));
  // 那如果只贷了1000w呢, 不对，逾期了两个月: said of the loan under discussion, its principal, period or
  // repayment restated, no right named (an untyped entry, which the planner lays over the one loan known).
  // Not another loan (还有一笔), not a denial of any loan (没有质押贷款).
  if (cues.length === 0 && aboutLoans && !ANOTHER_LOAN.test(text) && !NEGATED_LOAN.test(text)) {
    // 其实是专利加厂房一起抵押的，专利对应900万: the pledged share restated is of that loan too.
    const first = [...matchAll(text, PRINCIPAL), ...matchAll(text, LOAN_DETAIL), ...matchAll(text, IP_PART)].sort((a, b) => a.start - b.start)[0];
    if (first) cues = [{ ...first, type: undefined }];
  }
  // 专利权质押贷款两笔：一笔600万一年期，一笔700万半年: each 一笔 after a right named is a loan of that right.
  const eachLoan = cues.length > 0 ? matchAll(text, EACH_LOAN).filter((m) => m.start > cues[0].start) : [];
  // Each stands where its figures begin, past the count of one (一笔 is itself a number).
  // 两笔专利质押贷款，800万借满12个月，600万借了6个月 / 两笔，分别800万和600万: as many principals after
  // the one right named as loans counted, each the start of a loan.
  const counted = cues.length === 1 && eachLoan.length < 2 ? countedPrincipals(text, cues[0]) : [];
  const listed =
    eachLoan.length >= 2
      ? eachLoan.map((m) => ({ ...m, start: m.end, type: [...cues].reverse().find((c) => c.start < m.start)?.type, own: true }))
      : counted.map((m) => ({ ...m, end: m.start, type: cues[0].type, own: true }));
  const all: (typeof cues[number] & { own?: boolean })[] = [...cues, ...listed].sort((a, b) => a.start - b.start);
  // The same right named twice (专利质押贷款500万，质押的是专利) is one loan unless 另一笔/还有/又 says otherwise.
  const merged: typeof all = [];
  for (const c of all) {
    const prev = merged.at(-1);
    const between = prev ? text.slice(prev.end, c.start) : '';
    if (prev && !c.own && (prev.type === c.type || !prev.type || !c.type) && !/另(?:一|外)|还有|又|第二笔|再/.test(between)) {
      prev.type ??= c.type;
      continue;
    }
    merged.push(c);
  }

  const hasCue = (k: number) => cutAt.some((a) => a.start >= msg.clauses[k].start && a.start < msg.clauses[k].end);
  const drafts: LoanDraft[] = merged.map((c, i) => {
    const ci = clauseIndex(msg, c.start);
    const prevSameClause = i > 0 && clauseIndex(msg, merged[i - 1].start) === ci;
    let start = prevSameClause ? c.start : msg.clauses[ci].start;
    // The first loan also owns the clauses before its cue in the sentence that name no other fact:
    // 我们有一笔1000万的贷款，其中600万是专利权质押 / 贷满12个月，利息交了17万，纯专利质押.
    if (i === 0) {
      for (let k = ci - 1; k >= 0 && msg.clauses[k].sentence === msg.clauses[ci].sentence && !hasCue(k); k--) start = msg.clauses[k].start;
    }
    let end = text.length;
    const nextCue = merged[i + 1];
    if (nextCue) {
      const ni = clauseIndex(msg, nextCue.start);
      end = ni === ci ? nextCue.start : msg.clauses[ni].start;
    }
    for (let k = ci + 1; k < msg.clauses.length; k++) {
      const cl = msg.clauses[k];
      if (cl.start >= end) break;
      if (cutAt.some((a) => a.start >= cl.start && a.start < cl.end)) {
        end = cl.start;
        break;
      }
    }
    return { cue: c, type: c.type, segment: { start, end }, anchors: { principal: [], ipPart: [], interest: [], months: [] } };
  });

  const anchors: Anchor[] = [];
  const notSubsidyYears: Anchor[] = [];
  if (/质押|贴息/.test(text)) {
    for (const s of matchAll(text, PAID_IN_YEAR)) anchors.push({ ...s, target: 'pledgeLoanSubsidyYear', kind: 'year', dir: 'backward', silent: true });
    for (const s of matchAll(text, APPLIED_IN_YEAR)) notSubsidyYears.push({ ...s, target: 'sink', kind: 'year', dir: 'backward', silent: true });
    for (const s of matchAll(text, THIS_YEAR_IS)) notSubsidyYears.push({ ...s, target: 'sink', kind: 'year', dir: 'forward', silent: true });
    anchors.push(...notSubsidyYears);
  }
  drafts.forEach((d, i) => {
    const inSegment = (re: RegExp) =>
      matchAll(text.slice(d.segment.start, d.segment.end), re).map((m) => ({ start: d.segment.start + m.start, end: d.segment.start + m.end }));
    const add = (part: keyof LoanDraft['anchors'], spans: Span[], kind: Anchor['kind']) => {
      for (const s of spans) {
        const a: Anchor = { ...s, target: `slot:loan:${i}:${part}`, kind, silent: true };
        d.anchors[part].push(a);
        anchors.push(a);
      }
    };
    // The cue itself names the principal too: 专利权质押贷款500万, 500万的专利质押贷款.
    // 专利权质押贷款贴息：500万 — the figure after 贴息 is the loan's, not a subsidy claimed.
    const tail = /^(?:贷款|融资|借款|贷)?(?:了)?(?:贴息[：:])?/.exec(text.slice(d.cue.end))?.[0] ?? '';
    const head = text.slice(Math.max(d.segment.start, d.cue.start - 1), d.cue.start) === '的' ? 1 : 0;
    // 两笔质押贷款：专利权…，商标权…: words of several loans together name no one loan's principal.
    const ofOne = (sp: Span) => !SEVERAL_LOANS.test(text.slice(Math.max(0, sp.start - 8), sp.start));
    // A restatement opening with the pledged share (专利对应900万) names the share, not the principal.
    const cueIsPart = IP_PART_AT.test(text.slice(d.cue.start, d.cue.end));
    const cueSpan = cueIsPart ? [] : [{ start: d.cue.start - head, end: d.cue.end + tail.length }];
    add('principal', [...cueSpan, ...inSegment(PRINCIPAL).filter(ofOne)], 'yuan');
    add('ipPart', inSegment(IP_PART), 'yuan');
    add('interest', inSegment(INTEREST), 'yuan');
    add('months', inSegment(MONTHS), 'months');
  });

  return {
    anchors,
    finish(assignment, nums) {
      const loans: { type?: RightType; loan: UntypedLoan; at: number; approximate: boolean; figure: boolean }[] = [];
      const mentions: Extraction['mentions'] = [];
      const consumed: Num[] = [];
      let sharedRepaid: boolean | undefined;
      let sharedMonths: number | undefined;
      let fullYear = false;
      for (const d of drafts) {
        const segText = text.slice(d.segment.start, d.segment.end);
        const inSeg = (n: Num) => n.start >= d.segment.start && n.end <= d.segment.end;
        const taken = (as: Anchor[]) => as.map((a) => assignment.byAnchor.get(a)).find((n): n is Num => n !== undefined);
        let principal = taken(d.anchors.principal);
        const ipPart = taken(d.anchors.ipPart);
        const interest = taken(d.anchors.interest);
        let months = taken(d.anchors.months);
        // Figures in the loan's own words that no cue took: the first amount is the principal, a
        // duration the interest months (贷了12个月, 借了一年).
        const free = nums.filter((n) => inSeg(n) && !assignment.used.has(n) && !consumed.includes(n));
        principal ??= free.find((n) => n.unit === 'yuan');
        const days = daysIn(text, d.segment);
        // 晚了半个月才还: a time late, not the loan's period.
        const halfAt = HALF_MONTHS.exec(segText);
        const half = halfAt && !NOT_PERIOD_BEFORE.test(segText.slice(Math.max(0, halfAt.index - 6), halfAt.index)) ? halfAt : null;
        // Not months late or left (逾期了两个月, 还有三个月到期).
        months ??= free.find(
          (n) => (n.unit === 'months' || (n.unit === 'years' && n.value <= 1)) && !NOT_PERIOD_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start)) && !NOT_PERIOD_AFTER.test(text.slice(n.end)),
        );
        const rate = loanRate(text, d.segment, nums);
        const loan: UntypedLoan = {};
        // The numbers inside 45天 and 一个半月 (45, 一个) are the period's, not a count or an answer to anything else.
        const within = (span: Span | undefined) => (span ? nums.filter((n) => n.start >= span.start && n.start < span.end) : []);
        const halfSpan = half ? { start: d.segment.start + half.index, end: d.segment.start + half.index + half[0].length } : undefined;
        const used = [principal, ipPart, interest, months, rate, ...within(days), ...within(halfSpan)].filter((n): n is Num => n !== undefined);
        consumed.push(...used);
        if (principal) loan.loanPrincipalYuan = pickValue(principal, true);
        if (ipPart) loan.ipPledgedPrincipalYuan = pickValue(ipPart, true);
        else if (principal && !MIXED.test(segText)) loan.ipPledgedPrincipalYuan = loan.loanPrincipalYuan;
        if (interest) loan.interestPaidYuan = pickValue(interest, true);
        if (rate) loan.loanRatePercent = rate.value;
        // The period as said: days, or months (part of a month kept, never rounded up).
        const halfMonths = half ? (half[1] === undefined ? 0.5 : Number(parseNumber(half[1])) + 0.5) : undefined;
        const m = halfMonths ?? (months ? (months.unit === 'years' ? months.value * 12 : months.value) : undefined);
        if (days) {
          if (days.value >= 1 && days.value <= 366) loan.interestDays = days.value;
          else mentions.push({ field: 'ipPledgeLoans', at: days.start });
        }
        if (m !== undefined) {
          if (m > 0 && m <= 12 && hasAtMostTwoDecimals(m)) {
            loan.interestMonths = m;
            // 都是一年期: the period said once for all the loans told.
            const at = months ? months.start - d.segment.start : 0;
            if (SHARED.test(segText.slice(Math.max(0, at - 4), at + 2))) sharedMonths = m;
          }
          else mentions.push({ field: 'ipPledgeLoans', at: months?.start ?? d.segment.start });
        } else if (!days && HALF_YEAR.test(segText)) {
          loan.interestMonths = 6;
        } else if (!days && FULL_YEAR.test(segText)) {
          loan.interestMonths = 12;
          fullYear = true;
          // 都是2024年全年: the whole year said once for all the loans told.
          const at = segText.search(FULL_YEAR);
          if (SHARED.test(segText.slice(Math.max(0, at - 8), at))) sharedMonths = 12;
        }
        // 还没到期，正常还款中: not repaid yet, so whether it is repaid on time is not known — asked.
        const doubt = REPAY_DOUBT.test(segText) || NOT_DUE.test(segText);
        const late = NOT_ON_TIME.test(segText);
        const repaid = doubt ? undefined : late ? false : REPAID_YES.test(segText) ? true : REPAID_NO.test(segText) ? false : undefined;
        if (doubt) loan.repaymentUncertain = true;
        if (repaid !== undefined) {
          loan.repaidOnTime = repaid;
          const at = segText.search(late ? NOT_ON_TIME : repaid ? REPAID_YES : REPAID_NO);
          if (SHARED.test(segText.slice(Math.max(0, at - 14), at + 8))) sharedRepaid = repaid;
        }
        const entry = { type: d.type, loan, at: d.cue.start, approximate: used.some((n) => n.approximate), figure: used.length > 0 };
        // 专利权质押两笔，各800万、各付息30万: as many loans as told, each with the figures said for each.
        const several = loansCounted(text, d.cue, 6);
        const copies = several && (!principal || principal.each) ? Number(parseNumber(several[1])) : 1;
        for (let k = 0; k < copies; k++) loans.push(k === 0 ? entry : { ...entry, loan: { ...loan } });
      }
      // "那商标权质押的呢？我们还有一笔商标权质押300万": a right named without figures, next to a loan of the
      // same right that has them, is that loan.
      const hasFigures = (l: UntypedLoan) => Object.keys(l).some((k) => k !== 'repaidOnTime' && k !== 'repaymentUncertain');
      for (let k = loans.length - 1; k >= 0; k--) {
        const l = loans[k];
        if (!hasFigures(l.loan) && loans.some((o) => o !== l && o.type === l.type && hasFigures(o.loan))) loans.splice(k, 1);
      }
      if (sharedRepaid !== undefined) for (const l of loans) if (!l.loan.repaymentUncertain) l.loan.repaidOnTime ??= sharedRepaid;
      if (sharedMonths !== undefined) for (const l of loans) if (l.loan.interestDays === undefined) l.loan.interestMonths ??= sharedMonths;
      respectively(msg, loans.map((l) => l.loan), nums);

      const typed: PledgeLoan[] = loans.filter((l) => l.type).map((l) => ({ rightType: l.type as RightType, ...l.loan }));
      const untyped = loans.filter((l) => !l.type).map((l) => l.loan);
      const untypedAt = loans.filter((l) => !l.type).map((l) => l.at);
      const findings: Extraction['findings'] = [];
      if (typed.length > 0) {
        const first = loans.find((l) => l.type);
        findings.push(
          finding('ipPledgeLoans', typed as NonNullable<Profile['ipPledgeLoans']>, first?.at ?? 0, {
            approximate: loans.some((l) => l.type && l.approximate),
            figure: loans.some((l) => l.type && l.figure),
          }),
        );
      } else if (loans.length === 0 && NEGATED_LOAN.test(text)) {
        findings.push(finding('ipPledgeLoans', [], text.search(NEGATED_LOAN)));
      }
      for (const l of loans.filter((x) => !x.type)) mentions.push({ field: 'ipPledgeLoans', at: l.at });
      if (loans.length === 0 && findings.length === 0 && /质押|贴息/.test(text)) mentions.push({ field: 'ipPledgeLoans', at: text.search(/质押|贴息/) });
      // "2024年专利质押贷款500万，全年": the interest of the whole of the one year named is that year's.
      if (fullYear) {
        const years = nums.filter((n) => n.unit === 'years' && Number.isInteger(n.value) && n.value >= 2019 && n.value <= 2100 && !/^度?(?:以前|之前|前)/.test(text.slice(n.end)) && !APPLICATION_AFTER.test(text.slice(n.end)) && !notSubsidyYears.some((a) => assignment.byAnchor.get(a) === n));
        const distinct = new Set(years.map((n) => n.value));
        if (distinct.size === 1) findings.push(finding('pledgeLoanSubsidyYear', years[0].value, years[0].start, { figure: true }));
      }
      return { findings, mentions, untyped, untypedAt, consumed };
    },
  };
}

/** The loan's days of interest (45天, 四十五天), with where they stand; none for days late or days left. */
function daysIn(text: string, segment: Span): (Span & { value: number }) | undefined {
  for (const m of matchAll(text.slice(segment.start, segment.end), DAYS)) {
    const start = segment.start + m.start;
    const end = segment.start + m.end;
    if (NOT_PERIOD_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || NOT_PERIOD_AFTER.test(text.slice(end))) continue;
    const value = parseNumber(m.m[1]);
    if (value !== undefined && Number.isInteger(value)) return { start, end, value };
  }
  return undefined;
}

/** A percentage right after 利率/年化 in the loan's words, unless it is the LPR or a subsidy rate. */
function loanRate(text: string, segment: Span, nums: readonly Num[]): Num | undefined {
  return nums.find((n) => {
    if (n.start < segment.start || n.end > segment.end) return false;
    if (!(n.unit === 'percent' || (n.unit === 'none' && n.value <= 20)) || !(n.value > 0 && n.value <= 36) || !hasAtMostTwoDecimals(n.value)) return false;
    const before = text.slice(Math.max(segment.start, n.start - 12), n.start);
    return RATE_BEFORE.test(before) && !NOT_LOAN_RATE.test(before);
  });
}

/**
 * 利息分别是8万和4万 / 分别贷了200万和100万: amounts listed after 分别 go to the loans in the order the
 * loans were told.
 */
/** A principal's figure: 800万, 1.2亿, 600w. */
const PRINCIPAL_FIGURE = /(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s?(?:万|亿|[wW])|(?<![0-9一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+(?:万|亿)/g;
/** Figures that are no principal: interest paid, a rate. */
const NOT_PRINCIPAL_BEFORE = /(?:利息|付息|息费|LPR|lpr|利率|贴息|补助|补贴)[^，。；\d]{0,4}$/;

/**
 * The principals of a count of loans told after one right (两笔…，800万…，600万…): exactly as many
 * figures as the count said, else none — a figure short or over is not guessed at.
 */
/** 专利权质押两笔 / 两笔专利质押: a count of loans said right after the right named, or right before it. */
function loansCounted(text: string, cue: Span, reach: number): RegExpExecArray | null {
  return SEVERAL.exec(text.slice(cue.end, cue.end + reach).replace(/^(?:贷款|融资)/, '')) ?? SEVERAL_BEFORE.exec(text.slice(Math.max(0, cue.start - 4), cue.start));
}

function countedPrincipals(text: string, cue: Span): (Span & { m: RegExpMatchArray })[] {
  const several = loansCounted(text, cue, 8) ?? /^[^，。；]{0,6}?([两二三四五2-5])笔/.exec(text.slice(cue.end, cue.end + 8).replace(/^(?:贷款|融资)/, ''));
  if (!several) return [];
  const count = Number(parseNumber(several[1]));
  const end = text.slice(cue.end).search(/[。？?]/);
  const rest = end < 0 ? text.length : cue.end + end;
  const figures = matchAll(text.slice(cue.end, rest), PRINCIPAL_FIGURE)
    .map((m) => ({ start: cue.end + m.start, end: cue.end + m.end, m: m.m }))
    .filter((m) => !NOT_PRINCIPAL_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && !/^[^，。；]{0,2}(?:利息|息)/.test(text.slice(m.end)));
  return figures.length === count && count >= 2 ? figures : [];
}

function respectively(msg: Message, loans: UntypedLoan[], nums: readonly Num[]): void {
  if (loans.length < 2) return;
  for (const m of matchAll(msg.text, /(利息|付息|贷款|贷了|本金)[^，。；]{0,3}分别(?:是|为|有)?/g)) {
    const c = msg.clauses[clauseIndex(msg, m.start)];
    const amounts = nums.filter((n) => n.start >= m.end && n.end <= c.end && n.unit === 'yuan');
    if (amounts.length !== loans.length) continue;
    amounts.forEach((n, i) => {
      const v = pickValue(n, true);
      if (/利息|付息/.test(m.m[1])) loans[i].interestPaidYuan = v;
      else {
        loans[i].loanPrincipalYuan = v;
        loans[i].ipPledgedPrincipalYuan ??= v;
      }
    });
  }
}
