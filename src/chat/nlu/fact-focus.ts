import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
import type { ProfileKey } from '../../rules/profile.schema';
import { levelOf } from '../../rules/lexicon/levels';
import { Level, LEVEL_RANK } from './fact-lexicon';
import { optionsAtLevel } from './choice-reply';
import type { Kind, NumericKey } from './fact-types';

/**
 * What each numeric field takes, for replies that only give a number ("28件", "不对，是15件"): the kind and
 * counters of its own number words in its rule's lexicon (or the lexicon's `counts` for a count no number
 * words read). fact-focus.spec checks every numeric profile field has one.
 */
const FOCUS_KINDS = new Map<string, { kind: Kind; counters?: readonly string[] }>();
for (const l of RULE_LEXICONS) {
  for (const c of l.numbers ?? []) if (c.field !== 'sink' && !FOCUS_KINDS.has(c.field)) FOCUS_KINDS.set(c.field, { kind: c.kind, counters: c.counters });
  for (const [field, counters] of Object.entries(l.counts ?? {})) FOCUS_KINDS.set(field, { kind: 'count', counters });
}

export function focusKind(field: ProfileKey): { kind: Kind; counters?: readonly string[] } | undefined {
  return FOCUS_KINDS.get(field);
}

/**
 * Amounts and counts that are zero when the thing is denied: 没买知识产权保险 (保费 0), 没发过ABS
 * (发行规模 0, as the field asks), 马德里注册还没做, 没有高价值专利 — as each rule's lexicon says (`deniedIsZero`).
 */
export const ZERO_WHEN_DENIED: ReadonlySet<NumericKey> = new Set(
  RULE_LEXICONS.flatMap((l) => l.numbers ?? []).filter((c) => c.deniedIsZero).map((c) => c.field as NumericKey),
);

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
