import { capAt, decide, limitTo, scale, sumOf } from '../combinators';
import { allOf, flattenSteps, given, isTrue, known } from '../conditions';
import { defineRule } from '../define-rule';
import { LPR_PUBLISHER, lprAtYearEnd } from '../lpr';
import { basisPoints, formatBasisPoints, formatYuan, mulFloor, percent, percentToBasisPoints } from '../money';
import { fact, needFor, PLEDGE_RIGHT_TYPES, PledgeLoan, Profile } from '../profile.schema';
import { Amount, Cond, NeedsInfo } from '../rule';
import { ART4, ART4_CITY_POLICY } from './art-04.params';

const CLAUSE = 'art.4.1';

interface Lpr {
  cond: Cond;
  bp?: number;
  note?: string;
}

/** Which LPR applies: the user's own rate, or the table value at the end of the year before the subsidy year. */
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
  return {
    cond: given({
      ...base,
      input: year,
      show: (y) => `贴息年度${y}年，采用${entry.year}年末一年期LPR ${formatBasisPoints(entry.oneYearBp)}（${entry.publishedOn}公布）`,
    }),
    bp: entry.oneYearBp,
    note: `一年期LPR取${LPR_PUBLISHER}${entry.year}年12月（${entry.publishedOn}）公布值${formatBasisPoints(entry.oneYearBp)}；核对出处：${entry.source}。可填写 lprOneYearPercent 自行指定。`,
  };
}

function loanName(i: number, loan: PledgeLoan): string {
  return `第${i + 1}笔${loan.rightType}质押贷款`;
}

/** Every fact one loan needs; 按期正常偿还 decides whether the loan counts at all. */
function loanCondition(loan: PledgeLoan, i: number): Cond {
  const name = loanName(i, loan);
  const ask = (field: keyof PledgeLoan, question: string): NeedsInfo => ({ fact: `ipPledgeLoans.${i}.${field}`, question: `${name}：${question}` });
  return allOf({ clauseId: CLAUSE, label: name }, [
    isTrue({
      clauseId: CLAUSE,
      label: `${name}按期正常偿还`,
      input: known(loan.repaidOnTime, ask('repaidOnTime', '是否按期正常偿还？')),
      yes: `${name}按期正常偿还`,
      no: `${name}未按期正常偿还，不予贴息`,
    }),
    given({ clauseId: CLAUSE, label: `${name}本金`, input: known(loan.loanPrincipalYuan, ask('loanPrincipalYuan', '贷款本金总额是多少元？')), show: formatYuan }),
    given({
      clauseId: CLAUSE,
      label: `${name}知识产权质押部分本金`,
      input: known(loan.ipPledgedPrincipalYuan, ask('ipPledgedPrincipalYuan', '其中通过知识产权质押获得的本金是多少元？（纯知识产权质押与本金总额相同）')),
      show: formatYuan,
    }),
    given({ clauseId: CLAUSE, label: `${name}计息月数`, input: known(loan.interestMonths, ask('interestMonths', '贴息年度内计息几个月？')), show: (m) => `${m}个月` }),
    given({ clauseId: CLAUSE, label: `${name}实际支付利息`, input: known(loan.interestPaidYuan, ask('interestPaidYuan', '贴息年度内实际支付利息多少元？')), show: formatYuan }),
  ]);
}

/** Loans as one condition: unknown while any loan is; met when at least one loan qualifies. */
function loansCondition(loans: PledgeLoan[] | undefined, loanConds: Cond[]): Cond {
  const base = { clauseId: CLAUSE, label: '知识产权质押贷款并按期正常偿还', paramIds: [] };
  if (loans === undefined) return given({ ...base, input: known<number>(undefined, needFor('ipPledgeLoans')), show: String });
  if (loans.length === 0) return { ...base, outcome: false, value: 0, detail: '贴息年度内没有知识产权质押贷款', needs: [] };
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

/** One loan: IP part × LPR × 80 % × months/12, never more than the interest paid on that part. */
function loanSubsidy(loan: Required<PledgeLoan>, i: number, lprBp: number): Amount {
  const name = loanName(i, loan);
  const ip = loan.ipPledgedPrincipalYuan;
  const maximum = scale(ip, [basisPoints(lprBp), percent(ART4.pledgeLprShare.value), [loan.interestMonths, 12]], {
    clauseId: CLAUSE,
    label: `${name}贴息`,
    formula: `${name}：知识产权质押本金${formatYuan(ip)} × LPR ${formatBasisPoints(lprBp)} × ${ART4.pledgeLprShare.value}% × ${loan.interestMonths}/12`,
    paramIds: [ART4.pledgeLprShare.id],
  });
  const pure = ip === loan.loanPrincipalYuan;
  const interestOnIpPart = pure ? loan.interestPaidYuan : mulFloor(loan.interestPaidYuan, [[ip, loan.loanPrincipalYuan]]);
  return limitTo(maximum, interestOnIpPart, {
    clauseId: CLAUSE,
    label: `${name}不超过实际利息`,
    what: pure
      ? '实际支付利息'
      : `知识产权质押部分分摊的实际利息（${formatYuan(loan.interestPaidYuan)} × ${formatYuan(ip)}/${formatYuan(loan.loanPrincipalYuan)}）`,
  });
}

export const ipPledgeLoanInterest = defineRule(['ipPledgeLoans', 'pledgeLoanSubsidyYear', 'lprOneYearPercent'], {
  id: 'ip-pledge-loan-interest',
  applicants: { kinds: ['企业'], clauseId: 'art.4.1', quote: '企业获得专利权、商标权等知识产权质押贷款并按期正常偿还贷款的' },
  title: '知识产权质押贷款贴息',
  clauseId: CLAUSE,
  params: [ART4.pledgeLprShare, ART4.pledgeCapPerRightType],
  cityPolicy: { ...ART4_CITY_POLICY, clauseId: CLAUSE },
  assumptions: [
    '原文只规定贴息“不高于上年末一年期贷款LPR利率80%”：本测算按上限计算最高可获贴息，即 知识产权质押部分本金 × 上年末一年期LPR × 80% × 计息月数/12，不足1元部分舍去；实际贴息比例以主管部门核定为准。',
    '贴息不超过企业实际支付的利息；混合担保贷款只补助知识产权质押获得的部分，该部分利息按其本金占贷款本金总额的比例分摊。',
    '“上年末”指贴息年度上一年12月公布的一年期LPR；用户可自行指定LPR。',
    '30万元上限按每种权项（专利权、商标权等）每个贴息年度分别计算，各权项合计。',
    '“按期正常偿还”是每笔贷款的条件：未按期偿还的贷款不予贴息，其余贷款照常计算。',
  ],
  evaluate(f) {
    const lpr = lprFor(f);
    const loans = f.ipPledgeLoans;
    const loanConds = (loans ?? []).map(loanCondition);
    const conds = [loansCondition(loans, loanConds), lpr.cond];
    return decide(
      conds,
      () => {
        const included = (loans as PledgeLoan[])
          .map((loan, i) => ({ loan: loan as Required<PledgeLoan>, i }))
          .filter(({ i }) => loanConds[i].outcome === true);
        const byType = PLEDGE_RIGHT_TYPES.map((type) => ({ type, items: included.filter(({ loan }) => loan.rightType === type) })).filter(
          (g) => g.items.length > 0,
        );
        const perType = byType.map(({ type, items }) =>
          capAt(
            sumOf(
              items.map(({ loan, i }) => loanSubsidy(loan, i, lpr.bp as number)),
              { clauseId: CLAUSE, label: `${type}质押贷款贴息小计` },
            ),
            ART4.pledgeCapPerRightType,
            `${type}质押每年`,
          ),
        );
        return sumOf(perType, { clauseId: CLAUSE, label: '各权项贴息合计' });
      },
      lpr.note ? [lpr.note] : [],
    );
  },
});
