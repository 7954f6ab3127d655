import { BASE_POLICY_VERSION, PolicyVersionInfo } from './policy-version';
import { CityPolicyRef } from './rule';

export interface Caveat {
  text: string;
  citation: { clauseId: string; quote: string };
}

/**
 * How city and district awards for one matter combine, said the same way everywhere: the full sentence
 * of the policy (final.stacking) quoted, one explanation (for the stacking question and each result's
 * caveats) and one short form (the tip under every chat answer and the city-document caveat).
 */
export const STACKING = {
  clauseId: 'final.stacking',
  quote:
    '同一单位同一事项符合市、区多项奖补政策的，优先申报市级政策，如市级奖补无需金东区配套，可叠加享受区级政策；如市级奖补需金东区配套，' +
    '金东区按本文件规定奖补资金视同配套，按“就高不就低”原则享受。以上奖补按金东区亩均效益综合评价结果运用有关政策执行差别化配置。',
  explanation:
    '同一单位同一事项同时符合市、区奖补政策的，先申报市级政策：市级奖补不需要金东区配套的，可以再叠加享受区级奖补；' +
    '市级奖补需要金东区配套的，区级按本文件规定的奖补资金视同配套，两者按“就高不就低”原则享受（只享受较高的一项，不重复）。' +
    '此外，各项奖补还按金东区亩均效益综合评价结果差别化配置。',
  short:
    '同一事项符合市、区多项奖补的，先申报市级；市级奖补无需区配套的可叠加区级，需区配套的区级资金视同配套、“就高不就低”；' +
    '并按亩均效益评价结果差别化配置（见文末“市区奖补叠加与就高原则”）',
} as const;

/**
 * Attached to every result, never applied to the amount: the policy is a draft, city and district awards
 * for one matter combine as final.stacking says, and the district differentiates awards by 亩均效益.
 */
export const COMMON_CAVEATS: readonly Caveat[] = [
  {
    text: '本政策为征求意见稿，尚未正式印发，实施日期空缺；测算结果仅供参考，以正式文件和主管部门解释为准。',
    citation: BASE_POLICY_VERSION.titleCitation,
  },
  {
    text: `${STACKING.explanation}本测算只按区级政策计算，未扣减或叠加市级奖补，也未作亩均效益调整。`,
    citation: { clauseId: STACKING.clauseId, quote: STACKING.quote },
  },
];

/** `2025-01-01` → `2025年1月1日`. */
function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * What a version's status means for an amount, in a few words, from its metadata — for the draft (the
 * default) 「本政策为征求意见稿，金额以正式印发的文件为准」, the tip under every chat answer. A calculation's
 * `policyVersion` can be passed as it is.
 */
export function versionTip(v: { status: PolicyVersionInfo['status'] } = BASE_POLICY_VERSION): string {
  return v.status === '征求意见稿' ? '本政策为征求意见稿，金额以正式印发的文件为准' : '金额按正式印发的文件测算，以主管部门解释为准';
}

/** The caveats of a result under one version: the draft's are COMMON_CAVEATS; another version says its own status. */
export function caveatsFor(v: PolicyVersionInfo): readonly Caveat[] {
  if (v.id === BASE_POLICY_VERSION.id && v.status === BASE_POLICY_VERSION.status) return COMMON_CAVEATS;
  const { from, to } = v.effective;
  const text =
    v.status === '征求意见稿'
      ? `本政策为征求意见稿，尚未正式印发${from ? '' : '，实施日期空缺'}；测算结果仅供参考，以正式文件和主管部门解释为准。`
      : `本测算依据正式印发的《${v.shortTitle}》${from ? `（自${chineseDate(from)}起施行${to ? `，有效期至${chineseDate(to)}` : ''}）` : ''}；测算结果仅供参考，以主管部门解释为准。`;
  return [{ text, citation: v.titleCitation }, ...COMMON_CAVEATS.slice(1)];
}

/** For items whose amount is set "根据《…》规定" by a city document. */
export function cityPolicyCaveat(ref: CityPolicyRef): Caveat {
  return {
    text: `本项奖补标准依据市级文件（${ref.docNo}）确定，属市、区同一事项：${STACKING.short}。`,
    citation: { clauseId: ref.clauseId, quote: ref.quote },
  };
}
