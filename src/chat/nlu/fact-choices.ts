import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
import { RULES } from '../../rules/rules.registry';
import type { ProfileKey } from '../../rules/profile.schema';
import { parseNumber } from '../../common/chinese-number';
import type { Assignment } from './fact-assign';
import { optionsAtLevel, optionsOf } from './choice-reply';
import { LEVELS } from '../../rules/lexicon/levels';
import { findLevels, HELD_BEFORE, Level, LEVEL_RANK, TOTAL_BEFORE } from './fact-lexicon';
import { type Barriers, polarity, windowOf } from './fact-polarity';
import { ASKS_AMOUNT, clauseAsks, matchAll, Message, sentenceCount, sentenceSays, Span, statedAt } from './fact-text';
import { finding, type Anchor, type Extraction, type FactValue } from './fact-types';

const CONTRACT_WORDS = /合同|许可|转让|商标|专利权/;
const PATENT_AWARD_WORDS = /专利|外观设计/;
const PRIZE_CHARS = /[奖赛]/g;
const PROVINCIAL_AWARD_WORDS = /省|浙江|知识产权奖/;

/**
 * Facts that are choices among levels or titles, and the award lists. The level words stand next to
 * the thing they qualify (承担了省级和区级专利导航项目, 专利导航项目是省级的); a level said not to apply
 * (没去国家局备案) is left out; the thing itself denied with no level (没有承担导航项目) is `[]`.
 */

type MultiLevelKey = 'newPatentNavigationProjectLevels' | 'newIpProtectionMarketLevels' | 'newTradeSecretStationLevels' | 'newIpServiceClusterLevels';
/** Facts that are lists of the levels newly obtained: read from the levelled things of their rules' lexicons. */
const MULTI_LEVEL_FIELDS: readonly MultiLevelKey[] = ['newPatentNavigationProjectLevels', 'newIpProtectionMarketLevels', 'newTradeSecretStationLevels', 'newIpServiceClusterLevels'];

const TRADE_SECRET_ZONE = /商业秘密(?:保护)?(?:示范)?(?:基地|示范区|区)/g;
const TITLE = /(?:知识产权)?(示范|优势)(?:企业|单位)/g;
const FILING = /备案/g;

export function choiceCueSpans(text: string): Span[] {
  return [...MULTI_LEVEL.map((c) => c.re), TRADE_SECRET_ZONE, TITLE, /导航|预警/g].flatMap((re) => matchAll(text, re));
}

/** A thing's context word (商业秘密 for a bare 站点) told in this message or the one before it. */
const inContext = (re: RegExp | undefined, msg: Message, previous?: string) => !re || re.test(msg.text) || (previous !== undefined && re.test(previous));

function multiLevels(msg: Message, barriers: Barriers, previous?: string): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  for (const cue of MULTI_LEVEL) {
    if (!inContext(cue.context, msg, previous)) continue;
    for (const m of matchAll(msg.text, cue.re)) {
      const w = windowOf(msg, m, barriers);
      const p = polarity(w);
      const levels = findLevels(msg.text, w.from, w.to);
      const ok = levels.filter((l) => !l.negated && p !== 'no' && cue.allowed.includes(l.level)).map((l) => l.level);
      const other = levels.filter((l) => !l.negated && !cue.allowed.includes(l.level));
      if (ok.length === 0 && other.length > 0 && p !== 'no') {
        // 国家级专利导航项目: a level the item does not list — said so, never read as a listed one.
        (out.unlisted ??= []).push({ field: cue.field, what: `${other[0].level}${m.m[0]}`, at: m.start });
      } else if (p === 'query') out.mentions.push({ field: cue.field, at: m.start });
      else if (ok.length > 0) out.findings.push(finding(cue.field, [...new Set(ok)] as FactValue<MultiLevelKey>, m.start));
      else if (p === 'no' && levels.length === 0) out.findings.push(finding(cue.field, [], m.start));
      // 申报省级…，结果没评上: every level told was denied, so none is new.
      else if (levels.length > 0 && levels.every((l) => l.negated)) out.findings.push(finding(cue.field, [], m.start));
      else out.mentions.push({ field: cue.field, at: m.start });
    }
  }
  return out;
}

/** 国家商业秘密保护示范基地 / 省级商业秘密保护示范区: the level decides; without one the word does (基地 is national, 示范区 provincial). */
function tradeSecretZones(msg: Message, barriers: Barriers): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  for (const m of matchAll(msg.text, TRADE_SECRET_ZONE)) {
    const w = windowOf(msg, m, barriers);
    const p = polarity(w);
    const level = findLevels(msg.text, w.from, w.to).find((l) => !l.negated)?.level;
    // Without a level the word names the option: 基地 is the national one, 示范区 the provincial.
    const zone = level ? optionsAtLevel('newTradeSecretZones', level)[0] : optionsOf('newTradeSecretZones').find((o) => o.endsWith(m.m[0].slice(-2)));
    if (p === 'query') out.mentions.push({ field: 'newTradeSecretZones', at: m.start });
    else if (p === 'no') out.findings.push(finding('newTradeSecretZones', [], m.start));
    else if (zone) out.findings.push(finding('newTradeSecretZones', [zone] as FactValue<'newTradeSecretZones'>, m.start));
    else if (level) (out.unlisted ??= []).push({ field: 'newTradeSecretZones', what: `${level}${m.m[0]}`, at: m.start });
    else out.mentions.push({ field: 'newTradeSecretZones', at: m.start });
  }
  return out;
}

const RISEN_FROM = /(?:从|由)[^，。；]{0,10}$/;
const RISES = /^[^，。；]{0,3}?(?:升|晋|转|变|成为)/;
/** Between a title and a level said after it: 呢，我们是 / ，是. */
const LEVEL_AFTER = /^[^。；;？?]{0,8}?(?:是|属于|为)$/;

type Title = FactValue<'newIpEnterpriseTitles'>[number];
/** The title art.3 lists at this level of this kind (示范 or 优势), from the field's options; none for 省级优势. */
const TITLES: Partial<Record<`${Level}${'示范' | '优势'}`, Title>> = Object.fromEntries(
  LEVELS.flatMap((level) => optionsAtLevel('newIpEnterpriseTitles', level).map((o) => [`${level}${o.includes('优势') ? '优势' : '示范'}`, o as Title])),
);

/** 刚评上国家知识产权示范企业 / 国家级优势企业 / 市级示范企业 (art.3). 省级优势企业 is no title of the policy. */
function titles(msg: Message, barriers: Barriers): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  for (const m of matchAll(msg.text, TITLE)) {
    // 从国家优势企业升为国家示范企业: the title risen from was held before; only the new one is new.
    if (RISEN_FROM.test(msg.text.slice(Math.max(0, m.start - 12), m.start)) && RISES.test(msg.text.slice(m.end, m.end + 6))) continue;
    const w = windowOf(msg, m, barriers, { before: 14, after: 0 });
    const p = polarity(w);
    let levels = findLevels(msg.text, w.from, m.start);
    // 示范企业呢，我们是国家级的: the level said after the title, of the applicant.
    if (levels.length === 0) levels = findLevels(msg.text, m.end, Math.min(msg.text.length, m.end + 16)).filter((l) => LEVEL_AFTER.test(msg.text.slice(m.end, l.start)));
    const found = levels.filter((l) => !l.negated).map((l) => TITLES[`${l.level}${m.m[1] as '示范' | '优势'}`]);
    const around = windowOf(msg, m, barriers);
    if (p === 'query') out.mentions.push({ field: 'newIpEnterpriseTitles', at: m.start });
    else if (HELD_BEFORE.test(msg.text.slice(around.from, around.to))) out.findings.push(finding('newIpEnterpriseTitles', [], m.start));
    else if (p === 'no') {
      if (levels.length === 0) out.findings.push(finding('newIpEnterpriseTitles', [], m.start));
      else out.mentions.push({ field: 'newIpEnterpriseTitles', at: m.start });
    } else if (found.length > 0 && found.every((t) => t !== undefined)) {
      out.findings.push(finding('newIpEnterpriseTitles', found as Title[], m.start));
    } else if (found.length > 0) {
      // 省级优势企业, 区级示范企业: titles art.3 does not list.
      const level = levels.find((l) => !l.negated && !TITLES[`${l.level}${m.m[1] as '示范' | '优势'}`])!.level;
      (out.unlisted ??= []).push({ field: 'newIpEnterpriseTitles', what: `${level}知识产权${m.m[1]}企业`, at: m.start });
    } else out.mentions.push({ field: 'newIpEnterpriseTitles', at: m.start });
  }
  return out;
}

/**
 * 联盟 filing (art.5): the highest level it is filed with. 只在市里备案 → 市级; 还没备案 → 未备案. A contract
 * filed (许可合同备案) is not an alliance.
 */
function allianceFiling(msg: Message, barriers: Barriers): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  let best: FactValue<'ipAllianceFilingLevel'> | undefined;
  let at = 0;
  for (const m of matchAll(msg.text, FILING)) {
    if (sentenceSays(msg, m.start, CONTRACT_WORDS)) continue;
    const w = windowOf(msg, m, barriers, { before: 14, after: 10 });
    const p = polarity(w);
    const levels = findLevels(msg.text, w.from, w.to).filter((l) => !l.negated);
    const top = levels.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])[0]?.level;
    if (p === 'query') {
      out.mentions.push({ field: 'ipAllianceFilingLevel', at: m.start });
    } else if (top && p !== 'no') {
      if (!best || best === '未备案' || LEVEL_RANK[top] > LEVEL_RANK[best]) [best, at] = [top, m.start];
    } else if (p === 'no') {
      if (!best) [best, at] = ['未备案', m.start];
    } else out.mentions.push({ field: 'ipAllianceFilingLevel', at: m.start });
  }
  if (best) out.findings.push(finding('ipAllianceFilingLevel', best, at));
  else for (const m of matchAll(msg.text, /联盟/g)) out.mentions.push({ field: 'ipAllianceFilingLevel', at: m.start });
  return out;
}

/** Each rule's levelled things (its lexicon's `levels`), compiled once; list fields take the levels themselves. */
const LEVELLED = RULE_LEXICONS.flatMap((l) =>
  (l.levels ?? []).map((t) => ({
    ...t,
    re: new RegExp(t.thing, 'g'),
    context: t.context ? new RegExp(t.context) : undefined,
    list: MULTI_LEVEL_FIELDS.includes(t.field as MultiLevelKey),
  })),
);
const MULTI_LEVEL = LEVELLED.filter((t) => t.list).map((t) => ({ ...t, field: t.field as MultiLevelKey, allowed: t.listed as readonly Level[] }));

/** 市级品牌指导服务站: a thing named at a level its clause does not list. */
function unlistedLevels(msg: Message, barriers: Barriers, previous?: string): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  for (const t of LEVELLED.filter((x) => !x.list)) {
    if (!inContext(t.context, msg, previous)) continue;
    for (const m of matchAll(msg.text, t.re)) {
      const w = windowOf(msg, m, barriers, { before: 12, after: 0 });
      if (polarity(w) === 'no') continue;
      const levels = findLevels(msg.text, w.from, m.start).filter((l) => !l.negated);
      if (levels.length > 0 && !levels.some((l) => t.listed.includes(l.level))) {
        (out.unlisted ??= []).push({ field: t.field as ProfileKey, what: `${levels[0].level}${m.m[0]}`, at: m.start });
      }
    }
  }
  return out;
}

/** Each rule's look-alikes (its lexicon's `lookAlikes`), compiled once. */
const LOOK_ALIKES = RULE_LEXICONS.flatMap((l) =>
  (l.lookAlikes ?? []).map((a) => ({ ...a, re: new RegExp(a.words, 'g'), when: new RegExp(a.when ?? l.topic.join('|')) })),
);

/** 实用新型专利 where invention patents count, a trademark suit where patent suits are paid: not the award's. */
function lookAlikes(msg: Message, barriers: Barriers, focus: ReadonlySet<ProfileKey>): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  for (const a of LOOK_ALIKES) {
    // Only where the message, or the award under discussion, is about it (高价值 for art.2's, 险 for
    // insurance): 实用新型 beside a count of invention patents is no question about them.
    if (!a.when.test(msg.text) && !focus.has(a.field as ProfileKey)) continue;
    const m = matchAll(msg.text, a.re)[0];
    if (!m || polarity(windowOf(msg, m, barriers)) === 'no') continue;
    (out.unlisted ??= []).push({ field: a.field as ProfileKey, what: a.what ?? m.m[0], at: m.start });
  }
  return out;
}

export function extractChoices(msg: Message, barriers: Barriers, focus: ReadonlySet<ProfileKey>, previous?: string): Extraction {
  const parts = [
    multiLevels(msg, barriers, previous),
    tradeSecretZones(msg, barriers),
    titles(msg, barriers),
    allianceFiling(msg, barriers),
    unlistedLevels(msg, barriers, previous),
    lookAlikes(msg, barriers, focus),
  ];
  // One unlisted thing per award: a municipal brand station is said once, not once per field it shadows.
  const seen = new Set<string>();
  const unlisted = parts.flatMap((p) => p.unlisted ?? []).filter((u) => {
    const rule = RULES.find((r) => r.facts.includes(u.field))?.id ?? u.field;
    return !seen.has(rule) && Boolean(seen.add(rule));
  });
  return { findings: parts.flatMap((p) => p.findings), mentions: parts.flatMap((p) => p.mentions), unlisted };
}

type ChinaAward = FactValue<'newChinaPatentAwards'>[number];
type ZhejiangAward = FactValue<'newZhejiangIpAwards'>[number];

const CHINA_GRADE = /(?:中国)?(?:外观设计)?(?:专利)?(金奖|银奖|优秀奖)/g;
const CHINA_SHORT = /([一二两三四五六七八九1-9])(?:个|项)?(金|银|优秀)(?!奖)/g;
// 专利奖 二等: after the category's name the grade may drop its 奖.
const ZHEJIANG_GRADE = /(?:浙江)?(?:省)?(?:知识产权奖)?(?:的)?(?:专利奖|商标奖)?(?:的)?(大奖|[一二三]等奖|(?<=(?:专利奖|商标奖|门类奖)\s?)[一二三]等(?!奖))/g;
const OTHER_CONTESTS = /博览会|大赛|比赛|竞赛|展会|评比|发明展|科技进步|科学技术(?:进步)?奖|自然科学|技术发明奖|科技奖|质量奖|政府奖/;
const COUNTERS = ['个', '项', '次', '件'];

export interface AwardPlan {
  anchors: Anchor[];
  finish(assignment: Assignment): Extraction;
}

/**
 * 中国专利奖 (金奖/银奖/优秀奖) and 浙江省知识产权奖 (大奖, 门类奖一/二/三等奖), one entry per award won:
 * 两个优秀奖 is two entries, 一金一银 one of each. Awards of other contests (科技进步二等奖) are not these.
 */
export function planAwards(msg: Message, focus: ReadonlySet<ProfileKey>): AwardPlan {
  const text = msg.text;
  // 二等奖奖多少: one grade, asked about for its money and nothing won told, is the category asked
  // (answered as a what-if of it). Beside a grade won (我们拿了优秀奖，金奖给多少) it is one not won.
  const asked = [...matchAll(text, CHINA_GRADE), ...matchAll(text, ZHEJIANG_GRADE)];
  const category = asked.length === 1 && clauseAsks(msg, asked[0].start) && !statedAt(msg, asked[0].start) && sentenceSays(msg, asked[0].start, ASKS_AMOUNT);
  // 没有金奖银奖 denies both; 金奖没拿到 denies after the grade; 那金奖给多少？ asks about one not won.
  // 报的是二等奖，最后评了个三等奖: the grade applied for was not won (the one won is told after it);
  // 报了一等奖 alone is not won yet either.
  const appliedOnly = (start: number) =>
    /(?:报的是|申报的是|申请的是|参评的是|冲的是|报了个?|申报了|冲击)(?:中国)?(?:外观设计)?(?:专利)?(?:奖)?$/.test(text.slice(Math.max(0, start - 10), start));
  // 还有一项优秀奖是2021年拿的: a grade dated years back is not newly won.
  const longPast = (end: number) => {
    const year = /^[^，。；]{0,4}?(?:是|在)?((?:19|20)\d\d)年(?:的)?(?:拿|获|评|得)/.exec(text.slice(end))?.[1];
    return year !== undefined && Number(year) < new Date().getFullYear() - 1;
  };
  const negated = (start: number, end: number) =>
    appliedOnly(start) ||
    longPast(end) ||
    /(?:(?:没|未|没有)(?:拿|获|得|评)?(?:到|过|上)?(?:任何)?|不是|并非|而非)(?:中国)?(?:外观设计)?(?:专利)?(?:(?:金奖|银奖|优秀奖)[、和与及或]?)*$/.test(text.slice(Math.max(0, start - 12), start)) ||
    /^[^，。,；;]{0,3}?(?:没|未)(?:有)?(?:拿|获|得|评)?(?:到|上|着)?/.test(text.slice(end)) ||
    (clauseAsks(msg, start) && !statedAt(msg, start) && !category);
  const grades: { span: Span; china?: ChinaAward; zhejiang?: ZhejiangAward; count?: number }[] = [];
  const several = (start: number) => /(?:好几|几|多|若干|一些)(?:个|项|次)?(?:中国)?(?:外观设计)?(?:专利)?$/.test(text.slice(Math.max(0, start - 8), start));
  const mentions: Extraction['mentions'] = [];
  for (const m of matchAll(text, CHINA_GRADE)) {
    if (sentenceSays(msg, m.start, OTHER_CONTESTS) || negated(m.start, m.end)) continue;
    // 好几个优秀奖: awards without a number to count them by.
    if (several(m.start)) {
      mentions.push({ field: 'newChinaPatentAwards', at: m.start });
      continue;
    }
    // Another prize or contest in the sentence besides this grade: 科技进步奖 is not the patent award.
    const otherPrizes = sentenceCount(msg, m.start, PRIZE_CHARS) - (m.m[0].match(PRIZE_CHARS)?.length ?? 0);
    if (!sentenceSays(msg, m.start, PATENT_AWARD_WORDS) && !focus.has('newChinaPatentAwards') && otherPrizes > 0) continue;
    grades.push({ span: m, china: m.m[1] as ChinaAward });
  }
  if (/中国专利|专利奖|外观设计/.test(text) || focus.has('newChinaPatentAwards')) {
    for (const m of matchAll(text, CHINA_SHORT)) {
      const count = parseNumber(m.m[1]) ?? 1;
      grades.push({ span: m, china: ({ 金: '金奖', 银: '银奖', 优秀: '优秀奖' } as const)[m.m[2] as '金' | '银' | '优秀'], count });
    }
  }
  for (const m of matchAll(text, ZHEJIANG_GRADE)) {
    if (sentenceSays(msg, m.start, OTHER_CONTESTS) || negated(m.start, m.end)) continue;
    if (several(m.start)) {
      mentions.push({ field: 'newZhejiangIpAwards', at: m.start });
      continue;
    }
    if (m.m[1] === '大奖') {
      // 如果是大奖呢: while the provincial award is the topic, 大奖 alone is its grand prize.
      if (!sentenceSays(msg, m.start, PROVINCIAL_AWARD_WORDS) && !focus.has('newZhejiangIpAwards')) continue;
      grades.push({ span: m, zhejiang: '省知识产权奖大奖' });
    } else grades.push({ span: m, zhejiang: `门类奖${m.m[1].replace(/等$/, '等奖')}` as ZhejiangAward });
  }
  const anchors: Anchor[] = grades.map((g, i) => ({ start: g.span.start, end: g.span.end, target: `slot:award:${i}`, kind: 'count', counters: COUNTERS }));

  return {
    anchors,
    finish(assignment) {
      const out: Extraction = { findings: [], mentions: [...mentions] };
      const china: ChinaAward[] = [];
      const zhejiang: ZhejiangAward[] = [];
      let chinaAt = -1;
      let zhejiangAt = -1;
      let approximate = false;
      const order = grades.map((g, i) => ({ g, i })).sort((a, b) => a.g.span.start - b.g.span.start);
      for (const { g, i } of order) {
        const taken = assignment.byAnchor.get(anchors[i]);
        // 两个不同的专利: a count of the patents that won, not of this grade.
        const n = taken && /^(?:个|项|件)?(?:不同的?)?(?:专利|发明|产品)/.test(text.slice(taken.end)) ? undefined : taken;
        approximate ||= Boolean(n?.approximate);
        const count = g.count ?? (n ? Math.max(1, Math.round(n.value)) : 1);
        // "两件专利分别拿了优秀奖，一共两个优秀奖": a total restates the awards told before it.
        if (n && TOTAL_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start))) {
          const drop = <T,>(list: T[], x: T | undefined) => {
            for (let k = list.length - 1; k >= 0; k--) if (list[k] === x) list.splice(k, 1);
          };
          drop(china, g.china);
          drop(zhejiang, g.zhejiang);
        }
        for (let k = 0; k < Math.min(count, 100); k++) {
          if (g.china) china.push(g.china);
          if (g.zhejiang) zhejiang.push(g.zhejiang);
        }
        if (g.china && chinaAt < 0) chinaAt = g.span.start;
        if (g.zhejiang && zhejiangAt < 0) zhejiangAt = g.span.start;
      }
      const figure = grades.some((_, i) => assignment.byAnchor.has(anchors[i]));
      if (china.length > 0) out.findings.push(finding('newChinaPatentAwards', china, chinaAt, { approximate, figure }));
      if (zhejiang.length > 0) out.findings.push(finding('newZhejiangIpAwards', zhejiang, zhejiangAt, { approximate, figure }));
      // 没拿过中国专利奖 → []; a bare 专利奖 denied covers both lists.
      const denied = /(?:没|未|没有)(?:拿|获|得|评)?(?:到|过|上)?(?:任何)?(?:的)?(中国专利奖|中国外观设计(?:专利)?奖|(?:浙江)?省(?:级)?知识产权奖|知识产权奖|专利奖)/.exec(text);
      if (denied) {
        const at = denied.index;
        const which = denied[1];
        if (china.length === 0 && (/中国/.test(which) || which === '专利奖')) out.findings.push(finding('newChinaPatentAwards', [], at));
        if (zhejiang.length === 0 && !/中国/.test(which)) out.findings.push(finding('newZhejiangIpAwards', [], at));
      }
      if (grades.length === 0 && mentions.length === 0 && !denied) {
        for (const m of matchAll(text, /中国专利奖|中国外观设计(?:专利)?奖/g)) out.mentions.push({ field: 'newChinaPatentAwards', at: m.start });
        for (const m of matchAll(text, /(?:浙江)?省(?:级)?知识产权奖/g)) out.mentions.push({ field: 'newZhejiangIpAwards', at: m.start });
      }
      return out;
    },
  };
}

