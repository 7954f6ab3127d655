import { capAt, decide, limitTo, scale, sumOf, withAlternative } from '../combinators';
import { allOf, flattenSteps, given, isTrue, known } from '../conditions';
import { defineRule } from '../define-rule';
import { lprAtYearEnd } from '../lpr';
import { basisPoints, formatBasisPoints, formatYuan, Fraction, mulFloor, percent, percentToBasisPoints } from '../money';
import { fact, needFor, PLEDGE_RIGHT_TYPES, PledgeLoan, Profile } from '../profile.schema';
import { Amount, Cond, NeedsInfo } from '../rule';
import { ART4, ART4_CITY_POLICY } from './art-04.params';

const CLAUSE = 'art.4.1';
const SUBSIDY_YEAR = 'art4.1-subsidy-year';
/** Days are counted on an actual/365 basis; a whole year is one year's interest at most. */
const DAYS_IN_YEAR = 365;

interface Lpr {
  cond: Cond;
  bp?: number;
  note?: string;
  /** The rate under the other reading of 「上年末」 (the end of the subsidy year itself), when known. */
  altBp?: number;
}

/**
 * Which LPR applies: the user's own rate, or the one in force at the end of the year before the subsidy
 * year (interpretations.ts, art4.1-subsidy-year: the subsidy year is the year the interest was paid).
 */
function lprFor(f: Pick<Profile, 'pledgeLoanSubsidyYear' | 'lprOneYearPercent'>): Lpr {
  const base = { clauseId: CLAUSE, label: '上年末一年期贷款LPR', paramIds: [ART4.pledgeLprShare.id] };
  if (f.lprOneYearPercent !== undefined) {
    const bp = percentToBasisPoints(f.lprOneYearPercent);
    return {
      cond: given({ ...base, input: fact(f, 'lprOneYearPercent'), show: () => `采用用户指定值${formatBasisPoints(bp)}` }),
      bp,
      note: `一年期LPR采用用户指定的${formatBasisPoints(bp)}。`,
    };
  }
  const year = fact(f, 'pledgeLoanSubsidyYear');
  if (year.value === undefined) return { cond: given({ ...base, input: year, show: String }) };
  const entry = lprAtYearEnd(year.value - 1);
  if (!entry) {
    const need: NeedsInfo = {
      fact: 'lprOneYearPercent',
      question: `内置LPR表没有${year.value - 1}年末的数值，请提供${year.value - 1}年12月公布的一年期贷款市场报价利率（LPR，%）。`,
    };
    return { cond: given({ ...base, input: known<number>(undefined, need), show: String }) };
  }
  const alt = lprAtYearEnd(year.value);
  return {
    cond: given({
      ...base,
      input: year,
      show: (y) => `贴息年度${y}年（利息支付的年度），采用${entry.year}年末一年期LPR ${formatBasisPoints(entry.oneYearBp)}（${entry.publishedOn}公布）`,
    }),
    bp: entry.oneYearBp,
    altBp: alt && alt.oneYearBp !== entry.oneYearBp ? alt.oneYearBp : undefined,
    note:
      `“上年末一年期贷款LPR”：${year.value}年度取${entry.year}年末有效的一年期LPR ${formatBasisPoints(entry.oneYearBp)}，` +
      `出处：${entry.source}${entry.caveat ? `；${entry.caveat}` : ''}。可自行提供LPR（lprOneYearPercent）。`,
  };
}

function loanName(i: number, loan: PledgeLoan): string {
  return `第${i + 1}笔${loan.rightType}质押贷款`;
}

/** The part of a year the loan bore interest in the subsidy year: days/365 (at most one year) or months/12. */
interface Period {
  fraction: Fraction;
  text: string;
  shown: string;
}

function periodOf(loan: PledgeLoan): Period | undefined {
  if (loan.interestDays !== undefined) {
    const days = Math.min(loan.interestDays, DAYS_IN_YEAR);
    return { fraction: [days, DAYS_IN_YEAR], text: `${days}/${DAYS_IN_YEAR}`, shown: `${loan.interestDays}天` };
  }
  if (loan.interestMonths !== undefined) {
    const hundredths = Math.round(loan.interestMonths * 100);
    return { fraction: [hundredths, 1200], text: `${loan.interestMonths}/12`, shown: `${loan.interestMonths}个月` };
  }
  return undefined;
}

/**
 * Every fact one loan needs before its ceiling can be computed: the IP-pledged principal and the period.
 * 按期正常偿还 is a condition of the text: stated no → the loan is not counted; unstated or uncertain →
 * asked (the answer gives the amount if repaid on time). The interest paid and the loan's own rate only lower the amount.
 */
function loanCondition(loan: PledgeLoan, i: number): Cond {
  const name = loanName(i, loan);
  const ask = (field: keyof PledgeLoan, question: string): NeedsInfo => ({ fact: `ipPledgeLoans.${i}.${field}`, question: `${name}：${question}` });
  // Unstated: asked, never assumed — the answer gives the amount if repaid on time (a conditional).
  const repaid: Cond = isTrue({
    clauseId: CLAUSE,
    label: `${name}按期正常偿还`,
    input: known(loan.repaidOnTime, ask('repaidOnTime', '是否按期正常偿还（含按期付息）？原文要求按期正常偿还，逾期的不予贴息。')),
    yes: `${name}按期正常偿还`,
    no: `${name}未按期正常偿还，不予贴息`,
  });
  const ipQuestion =
    loan.loanPrincipalYuan === undefined
      ? '通过知识产权质押获得的贷款本金是多少元？（混合担保贷款只算知识产权质押的部分）'
      : '其中通过知识产权质押获得的本金是多少元？（纯知识产权质押与本金总额相同）';
  const period = periodOf(loan);
  const conds: Cond[] = [
    repaid,
    given({
      clauseId: CLAUSE,
      label: `${name}知识产权质押部分本金`,
      input: known(loan.ipPledgedPrincipalYuan, ask('ipPledgedPrincipalYuan', ipQuestion)),
      show: formatYuan,
    }),
    given({
      clauseId: CLAUSE,
      label: `${name}计息期`,
      input: known(loan.interestDays ?? loan.interestMonths, ask('interestMonths', '贴息年度内计息多长时间？（月数或天数，如12个月、45天）')),
      show: () => period?.shown ?? '',
    }),
  ];
  return allOf({ clauseId: CLAUSE, label: name }, conds);
}

/** Loans as one condition: unknown while any loan is; met when at least one loan qualifies. */
function loansCondition(loans: PledgeLoan[] | undefined, loanConds: Cond[]): Cond {
  const base = { clauseId: CLAUSE, label: '知识产权质押贷款并按期正常偿还', paramIds: [] };
  if (loans === undefined) return given({ ...base, input: known<number>(undefined, needFor('ipPledgeLoans')), show: String });
  if (loans.length === 0) return { ...base, outcome: false, value: 0, detail: '贴息年度内没有知识产权质押贷款', needs: [] };
  // A loan known not to count does not wait for the others' facts; one still open keeps the rule open.
  const unknown = loanConds.filter((c) => c.outcome === undefined);
  const ok = loanConds.filter((c) => c.outcome === true);
  const outcome = unknown.length ? undefined : ok.length > 0;
  return {
    ...base,
    outcome,
    value: loans.length,
    detail:
      outcome === undefined
        ? `${base.label}：尚缺信息`
        : outcome
          ? `共${loans.length}笔，其中${ok.length}笔符合贴息条件`
          : loanConds.map((c) => c.detail).join('；'),
    needs: unknown.flatMap((c) => c.needs),
    substeps: flattenSteps(loanConds),
  };
}

/**
 * One loan's most: IP part × min(LPR × 80 %, the loan's own rate) × period, never more than the interest
 * paid on that part when it is known.
 */
function loanSubsidy(loan: PledgeLoan, i: number, lprBp: number): Amount {
  const name = loanName(i, loan);
  const ip = loan.ipPledgedPrincipalYuan as number;
  const period = periodOf(loan) as Period;
  const share = ART4.pledgeLprShare.value;
  const ownBp = loan.loanRatePercent === undefined ? undefined : percentToBasisPoints(loan.loanRatePercent);
  // Compared exactly: own rate < LPR × 80 %  ⇔  ownBp × 100 < lprBp × 80.
  const ownLower = ownBp !== undefined && ownBp * 100 < lprBp * share;
  const maximum = ownLower
    ? scale(ip, [basisPoints(ownBp), period.fraction], {
        clauseId: CLAUSE,
        label: `${name}贴息`,
        formula: `${name}：知识产权质押本金${formatYuan(ip)} × 贷款合同利率${formatBasisPoints(ownBp)}（低于LPR ${formatBasisPoints(lprBp)}的${share}%） × ${period.text}`,
        paramIds: [ART4.pledgeLprShare.id],
      })
    : scale(ip, [basisPoints(lprBp), percent(share), period.fraction], {
        clauseId: CLAUSE,
        label: `${name}贴息`,
        formula: `${name}：知识产权质押本金${formatYuan(ip)} × LPR ${formatBasisPoints(lprBp)} × ${share}% × ${period.text}`,
        paramIds: [ART4.pledgeLprShare.id],
      });
  if (loan.interestPaidYuan === undefined) return maximum;
  const total = loan.loanPrincipalYuan;
  const pure = total === undefined || ip === total;
  const interestOnIpPart = pure ? loan.interestPaidYuan : mulFloor(loan.interestPaidYuan, [[ip, total]]);
  return limitTo(maximum, interestOnIpPart, {
    clauseId: CLAUSE,
    label: `${name}不超过实际利息`,
    what: pure
      ? '实际支付利息'
      : `知识产权质押部分分摊的实际利息（${formatYuan(loan.interestPaidYuan)} × ${formatYuan(ip)}/${formatYuan(total)}）`,
  });
}

/** What this result relied on, per loan: the limits not yet applied. */
function loanNotes(loans: PledgeLoan[], counted: number[]): string[] {
  const notes: string[] = [];
  const named = (pick: (l: PledgeLoan) => boolean) =>
    counted.filter((i) => pick(loans[i])).map((i) => loanName(i, loans[i]));
  const open = named((l) => l.interestPaidYuan === undefined);
  if (open.length) {
    notes.push(
      `${open.join('、')}未提供实际支付的利息，以上是按LPR的80%计算的最高额：贴息不超过贴息年度内实际支付的利息` +
        `（混合担保按知识产权质押部分本金分摊），贷款合同利率低于LPR的80%的，也不超过按合同利率计算的利息。`,
    );
  }
  const both = named((l) => l.interestDays !== undefined && l.interestMonths !== undefined);
  if (both.length) notes.push(`${both.join('、')}同时给了计息月数和天数，按天数计算。`);
  return notes;
}

export const ipPledgeLoanInterest = defineRule(['ipPledgeLoans', 'pledgeLoanSubsidyYear', 'lprOneYearPercent'], {
  id: 'ip-pledge-loan-interest',
  applicants: { kinds: ['企业'], clauseId: 'art.4.1', quote: '企业获得专利权、商标权等知识产权质押贷款并按期正常偿还贷款的' },
  title: '知识产权质押贷款贴息',
  clauseId: CLAUSE,
  params: [ART4.pledgeLprShare, ART4.pledgeCapPerRightType],
  cityPolicy: { ...ART4_CITY_POLICY, clauseId: CLAUSE },
  interpretations: [SUBSIDY_YEAR],
  assumptions: [
    '原文规定贴息“不高于上年末一年期贷款LPR利率80%”：本测算给出最高可获贴息，即 知识产权质押部分本金 × 上年末一年期LPR × 80% × 计息期，不足1元部分舍去；实际贴息比例以主管部门核定为准。',
    '计息期按月数/12或按实际天数/365折算（不足一月不进位；一笔贷款一个贴息年度最多计一年）。',
    '贴息不超过实际支付的利息，也不超过按贷款合同利率计算的利息（合同利率低于LPR的80%时）；混合担保贷款只补助知识产权质押获得的部分，该部分利息按其本金占贷款本金总额的比例分摊。',
    '贴息年度是利息实际支付的年度，“上年末”一年期LPR取贴息年度上一年的年末值（2024年度取2023年末）；用户可自行指定LPR。',
    '30万元上限按每种权项（专利权、商标权等）每个贴息年度分别计算，各权项合计。',
    '“按期正常偿还”是每笔贷款的条件：未说明的先问清，答复给出“若按期正常偿还”可获的金额；未按期偿还的贷款不予贴息，其余贷款照常计算。',
  ],
  evaluate(f) {
    const lpr = lprFor(f);
    const loans = f.ipPledgeLoans;
    const loanConds = (loans ?? []).map(loanCondition);
    const conds = [loansCondition(loans, loanConds), lpr.cond];
    const counted = loanConds.flatMap((c, i) => (c.outcome === true ? [i] : []));
    const total = (bp: number): Amount => {
      const included = counted.map((i) => ({ loan: (loans as PledgeLoan[])[i], i }));
      const perType = PLEDGE_RIGHT_TYPES.map((type) => included.filter(({ loan }) => loan.rightType === type))
        .filter((items) => items.length > 0)
        .map((items) =>
          capAt(
            sumOf(
              items.map(({ loan, i }) => loanSubsidy(loan, i, bp)),
              { clauseId: CLAUSE, label: `${items[0].loan.rightType}质押贷款贴息小计` },
            ),
            ART4.pledgeCapPerRightType,
            `${items[0].loan.rightType}质押每年`,
          ),
        );
      return sumOf(perType, { clauseId: CLAUSE, label: '各权项贴息合计' });
    };
    const v = decide(conds, () => total(lpr.bp as number), lpr.note ? [lpr.note] : []);
    if (v.status !== 'eligible') return v;
    const ceiling = { ...v, notes: [...v.notes, ...loanNotes(loans as PledgeLoan[], counted)], ceiling: true };
    return lpr.altBp === undefined ? ceiling : withAlternative(ceiling, SUBSIDY_YEAR, total(lpr.altBp).yuan);
  },
});
