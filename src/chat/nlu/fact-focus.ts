import type { ProfileKey } from '../../rules/profile.schema';
import { levelOf } from '../../rules/lexicon/levels';
import { Level, LEVEL_RANK } from './fact-lexicon';
import { optionsAtLevel } from './choice-reply';
import type { Kind, NumericKey } from './fact-types';

/**
 * What each numeric field takes, for replies that only give a number ("28件", "不对，是15件"). A record
 * over every numeric profile field, so a field added to the profile must be added here (the compiler
 * says so).
 */
const NUMERIC_KINDS: Record<NumericKey, { kind: Kind; counters?: readonly string[] }> = {
  selfDevelopedInventionPatentsCount: { kind: 'count', counters: ['件', '个', '项'] },
  selfDevelopedInventionPatentsLastYearCount: { kind: 'count', counters: ['件', '个', '项'] },
  annualSalesYuan: { kind: 'yuan' },
  patentProductSalesPercent: { kind: 'percent' },
  ipStaffTrainingRatePercent: { kind: 'percent' },
  newHighValueInventionPatentsCount: { kind: 'count', counters: ['件', '个', '项'] },
  pledgeLoanSubsidyYear: { kind: 'year' },
  lprOneYearPercent: { kind: 'rate' },
  ipInsurancePremiumYuan: { kind: 'yuan' },
  ipSecuritizationIssueYuan: { kind: 'yuan' },
  newIpEarlyWarningProjectsCount: { kind: 'count', counters: ['项', '个'] },
  patentTransferLicenseeCount: { kind: 'count', counters: ['家', '个'] },
  patentTransferValueYuan: { kind: 'yuan' },
  firstInventionPatentProductSalesYuan: { kind: 'yuan' },
  domesticPatentDamagesYuan: { kind: 'yuan' },
  foreignPatentSuitAgencyFeesYuan: { kind: 'yuan' },
  agencyOperatingMonths: { kind: 'months' },
  agencyPatentGrantsCount: { kind: 'count', counters: ['件', '个'] },
  agencyInventionPatentGrantsCount: { kind: 'count', counters: ['件', '个'] },
  madridTrademarkFeesYuan: { kind: 'yuan' },
  singleCountryTrademarkCountries: { kind: 'count', counters: ['个', '国'] },
  giTrademarksCount: { kind: 'count', counters: ['件', '个'] },
  ipRightsStationsPassedCount: { kind: 'count', counters: ['个', '家'] },
};

export function focusKind(field: ProfileKey): { kind: Kind; counters?: readonly string[] } | undefined {
  return (NUMERIC_KINDS as Partial<Record<ProfileKey, { kind: Kind; counters?: readonly string[] }>>)[field];
}

/**
 * Amounts and counts that are zero when the thing is denied: 没买知识产权保险 (保费 0), 没发过ABS
 * (发行规模 0, as the field asks), 马德里注册还没做, 没有高价值专利.
 */
export const ZERO_WHEN_DENIED: ReadonlySet<NumericKey> = new Set<NumericKey>([
  'newHighValueInventionPatentsCount',
  'newIpEarlyWarningProjectsCount',
  'giTrademarksCount',
  'ipInsurancePremiumYuan',
  'ipSecuritizationIssueYuan',
  'madridTrademarkFeesYuan',
  'singleCountryTrademarkCountries',
  'patentTransferLicenseeCount',
]);

const uniqueLevels = (words: string[]): Level[] => [...new Set(words.map(levelOf))];

/** Bare level words ("省级的", "国家级和省级") as the value of a level field in focus. */
export const FOCUS_LEVEL_FIELDS: Partial<Record<ProfileKey, (words: string[]) => unknown>> = {
  // A level with one title (省级, 市级: 示范企业) names it; 国家级 could be 示范 or 优势, so it stays open.
  newIpEnterpriseTitles: (w) => {
    const titles = uniqueLevels(w).map((l) => optionsAtLevel('newIpEnterpriseTitles', l)).map((o) => (o.length === 1 ? o[0] : undefined));
    return titles.every(Boolean) ? titles : undefined;
  },
  ipAllianceFilingLevel: (w) => uniqueLevels(w).sort((a, b) => LEVEL_RANK[b] - LEVEL_RANK[a])[0],
  newPatentNavigationProjectLevels: uniqueLevels,
  newIpProtectionMarketLevels: uniqueLevels,
  newTradeSecretStationLevels: uniqueLevels,
  newIpServiceClusterLevels: uniqueLevels,
  newTradeSecretZones: (w) => uniqueLevels(w).map((l) => optionsAtLevel('newTradeSecretZones', l)[0] ?? l),
};
