import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
import type { Profile, ProfileKey } from '../../rules/profile.schema';
import { type Contexts, PRIVATE_ISSUE, SUIT_WORDS } from './fact-cues';
import { levelNames } from '../../rules/lexicon/levels';
import { countryName, FOREIGN_COUNTRY_RE, HELD_BEFORE, listedLevels } from './fact-lexicon';
import { type Barriers, type Polarity, polarity, UNSURE, windowOf } from './fact-polarity';
import { JINHUA_CITY, JINHUA_OTHER_PLACES, OTHER_CITIES } from '../../rules/lexicon/home-places';
import { APPLICANT_WORD_SOURCE, applicantKindOf, applicantWordsOf } from '../../rules/lexicon/applicant-kinds';
import { parseNumber } from '../../common/chinese-number';
import { asks, clauseAsks, clauseIndex, clauseSays, matchAll, Message, sentenceSays, sentenceText, Span } from './fact-text';

const RIGHTS_WORD = /维权/;
// 三个知识产权维权站点: a few words may name the stations' kind.
const STATIONS = /([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|家)(?:知识产权|专利|商标)?(?:维权)?(?:援助)?(?:站点|工作站|服务站|站)/;
/** After the stations: all of them (三个站点，今年都合格), or they are what passed (4个站点考核合格). */
const ALL_OF_THEM = /^(?:[^。；]{0,12}?(?:都|均|全部|全都)|[^，。；]{0,6}?考核)/;

/** How many stations passed, when the sentence says all the ones it counts did. */
function stationsPassed(sentence: string): number | undefined {
  const m = STATIONS.exec(sentence);
  if (!m || !ALL_OF_THEM.test(sentence.slice(m.index + m[0].length))) return undefined;
  return parseNumber(m[1]);
}
const BRAND_WORD = /品牌/;
import { finding, type Extraction } from './fact-types';

/**
 * Yes/no facts and the facts said in words rather than numbers: certifications and titles held (贯标,
 * 驰名商标, 绿色产品认证 …), who the applicant is (我们是大学) and where (在金东注册), the art.9 story
 * (之前没有发明专利, 从大学买的), station assessments (考核合格), patent suits (在美国打官司赢了) and
 * training said in words (研发人员都培训了 = 100%).
 */

type FlagKey = { [K in ProfileKey]-?: NonNullable<Profile[K]> extends boolean ? K : never }[ProfileKey];

interface FlagCue {
  field: FlagKey;
  re: RegExp;
  /** A yes needs this word too (浙江制造 alone is not the 国际互认 certificate). */
  yesNeeds?: RegExp;
  /** That word denied (不是国际互认的, 互认证书还没有): the thing had is not this fact's. */
  needDenied?: RegExp;
  /** Not this fact when the clause says this (集体商标 of a 地理标志 is art.16.2's count). */
  unless?: RegExp;
  /** A "new this year" fact: 早就有了 means it is not new. */
  newOnly?: boolean;
}

/** The yes/no facts of every award, from its lexicon (`flags`). */
const FLAG_CUES: FlagCue[] = RULE_LEXICONS.flatMap((l) => l.flags ?? []).map((f) => ({
  field: f.field as FlagKey,
  re: new RegExp(f.words, 'g'),
  yesNeeds: f.yesNeeds ? new RegExp(f.yesNeeds) : undefined,
  needDenied: f.yesNeeds
    ? new RegExp(`(?:不是|并非|非|不属于|没有?|不算)[^，。；（）()]{0,4}?(?:${f.yesNeeds})|(?:${f.yesNeeds})[^，。；（）()]{0,4}?(?:还|也|都)?(?:没有?|未)(?:拿到|取得|获得|下来)?(?![^，。；]{0,3}(?:问题|关系))`)
    : undefined,
  unless: f.unless ? new RegExp(f.unless) : undefined,
  newOnly: f.newOnly,
}));

/** art.16.3 lists only 省级 brand stations: a station of another level is no such fact. */
const BRAND_LEVELS = listedLevels('provincialBrandStationNew');
const BRAND_STATION = new RegExp(`(?:${levelNames()})?(?:的)?品牌(?:指导)?(?:服务)?站(?:点)?`, 'g');
const UNLISTED_BRAND_LEVEL = new RegExp(BRAND_LEVELS.unlisted);
const RIGHTS_STATION = /维权(?:援助)?(?:服务)?(?:站点|工作站|服务站|站|点)/g;
// 站点都合格 says the assessment without naming it.
// 评估作价 is a pledged right's valuation, no assessment.
const ASSESSMENT = /(?:年度)?(?:绩效)?(?:考核|评估(?!作价|值|价|机构|报告)|年审|评价)|(?<=(?:站点|工作站|服务站)[^，。；]{0,4})(?:不|没有?|未)?合格/g;

/** Spans of every word cue here, so other cues' windows stop at them. */
export function flagCueSpans(text: string): Span[] {
  return [...FLAG_CUES.map((c) => c.re), BRAND_STATION, RIGHTS_STATION, /培训/g, /备案/g].flatMap((re) => matchAll(text, re));
}

/** A count right before a cue: 两张, 3个, 一项. */
const COUNT_HELD = /(?:^|[^第])(?:[0-9]{1,3}|[一两二三四五六七八九十])(?:张|个|项|份|本)\s?$/;
/** Only a joining word between two cues: 绿色产品认证和浙江制造互认证书 are said of together. */
const JOINED = /^(?:的)?(?:认证|证书)?\s?(?:和|与|及|以及|、|跟|加上|还有)\s?$/;
/** A clause that opens by adding an item to what was told: 还有绿色产品认证, 另外也有…证书. */
const ALSO_HAVE = /^(?:另外|此外|同时|而且)?(?:我们)?(?:还|也)(?:有|拿了|拿到了?|获得了?)(?:一(?:张|个|项)|张|个|项)?$/;

function plainFlags(msg: Message, barriers: Barriers): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const read: { cue: FlagCue; m: Span; p: Polarity; yesOk: boolean; held: boolean; also?: boolean }[] = [];
  for (const cue of FLAG_CUES) {
    for (const m of matchAll(msg.text, cue.re)) {
      if (cue.unless && clauseSays(msg, m.start, cue.unless)) continue;
      const w = windowOf(msg, m, barriers);
      let p = polarity(w);
      const also = (p === 'unknown' || p === 'yes') && ALSO_HAVE.test(msg.text.slice(msg.clauses[clauseIndex(msg, m.start)].start, m.start).trim());
      if (also) p = 'yes';
      // 拿了三张绿色产品认证证书 两张浙江制造国际互认证书: a count of the thing says it is had.
      const counted = p === 'unknown' && COUNT_HELD.test(w.before);
      if (counted) p = 'yes';
      const around = m.m[0] + w.before + w.after;
      // 浙江制造认证（不是国际互认的）: what it has is another thing, so this fact is not met.
      if (cue.needDenied?.test(sentenceText(msg, m.start)) && p !== 'query') p = 'no';
      const yesOk = !cue.yesNeeds || cue.yesNeeds.test(around);
      read.push({ cue, m, p, yesOk, also: also || counted, held: Boolean(cue.newOnly && p !== 'query' && HELD_BEFORE.test(msg.text.slice(w.from, w.to))) });
    }
  }
  // A cue joined to another by 和/、 shares its yes or no: 两个都拿了：A和B, A和B都没有.
  read.sort((a, b) => a.m.start - b.m.start);
  for (let i = 0; i < read.length; i++) {
    if (read[i].p !== 'unknown') continue;
    for (const j of [i - 1, i + 1]) {
      const other = read[j];
      if (!other || (other.p !== 'yes' && other.p !== 'no')) continue;
      const [a, b] = j < i ? [other.m, read[i].m] : [read[i].m, other.m];
      if (JOINED.test(msg.text.slice(a.end, b.start))) {
        read[i].p = other.p;
        break;
      }
    }
  }
  for (const { cue, m, p, yesOk, held, also } of read) {
    if (held) out.findings.push(finding(cue.field, false, m.start));
    else if (p === 'no') out.findings.push(finding(cue.field, false, m.start));
    // 还有X is told, not asked, even before the sentence's question (还有绿色产品认证，总共补多少).
    else if (p === 'yes' && yesOk) out.findings.push(finding(cue.field, true, m.start, { asserted: also }));
    else out.mentions.push({ field: cue.field, at: m.start });
  }
  return out;
}

/** 省级品牌指导服务站: newly built (新建了) and/or rated excellent last year (绩效评价优秀). */
function brandStation(msg: Message, barriers: Barriers, focus: ReadonlySet<ProfileKey>): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  for (const m of matchAll(msg.text, BRAND_STATION)) {
    if (UNLISTED_BRAND_LEVEL.test(m.m[0])) {
      out.mentions.push({ field: 'provincialBrandStationNew', at: m.start });
      continue;
    }
    const w = windowOf(msg, m, barriers, { before: 12, after: 20 });
    const around = w.before + '|' + w.after;
    let said = false;
    // 不是新建的; 去年建的 / 2021年建的 (told against 今年): built before this year, so not new.
    const earlier = /(?:去年|前年|上一年|早年|多年前)(?:就|已经)?(?:建|建成|建好|设立|成立|创建)(?:好)?(?:的|了)/.test(around) ||
      (/(?:19|20)\d\d年(?:就|已经)?(?:建|建成|建好|设立|成立|创建)(?:好)?(?:的|了)/.test(around) && /今年|本年/.test(msg.text));
    if (/(?:没|未|没有|不是|并非)[^，。；]{0,4}?(?:新)?(?:建|设立|创建|成立)/.test(around) || earlier || HELD_BEFORE.test(around)) {
      out.findings.push(finding('provincialBrandStationNew', false, m.start));
      said = true;
    } else if (/新建|建了|建成|创建|设立了|成立了|新设|获批|挂牌/.test(around)) {
      out.findings.push(finding('provincialBrandStationNew', true, m.start));
      said = true;
    }
    // 上年度绩效评价良好 may stand past the window, in its own clause of the sentence.
    const rated = /(?:绩效|评价|考评)[^，。；]{0,6}?(?:良好|合格|一般|中等)/.test(sentenceText(msg, m.start));
    if (rated || /不是优秀|没(?:有)?(?:评上|拿到|得到|被评为|评为)?优秀|未(?:获|评为|被评为)?优秀|良好|合格|一般|中等/.test(around)) {
      out.findings.push(finding('provincialBrandStationExcellent', false, m.start));
      said = true;
    } else if (/优秀/.test(around) && !UNSURE.test(around) && !/优秀(?:吗|么|与否|没有)|(?:是否|是不是|有没有|能否)[^，。；]{0,6}优秀/.test(around)) {
      out.findings.push(finding('provincialBrandStationExcellent', true, m.start));
      said = true;
    }
    if (!said) out.mentions.push({ field: 'provincialBrandStationNew', at: m.start }, { field: 'provincialBrandStationExcellent', at: m.start });
  }
  // "考核优秀" as the answer while the brand station's rating is the topic.
  if (out.findings.length === 0 && focus.has('provincialBrandStationExcellent') && !focus.has('ipRightsStationAssessmentPassed')) {
    const text = msg.text;
    if (/不是优秀|没(?:评上|拿到)?优秀|良好|合格|一般/.test(text)) out.findings.push(finding('provincialBrandStationExcellent', false, 0));
    else if (/优秀/.test(text) && !UNSURE.test(text) && !asks(text)) out.findings.push(finding('provincialBrandStationExcellent', true, 0));
  }
  return out;
}

/**
 * 考核合格 / 没通过考核: the rights station's assessment (art.11), unless the sentence is about the brand
 * station (whose 绩效评价 is read above) or the topic under discussion is the brand station.
 */
function rightsStation(msg: Message, focus: ReadonlySet<ProfileKey>): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const text = msg.text;
  for (const a of matchAll(text, ASSESSMENT)) {
    const rights = sentenceSays(msg, a.start, RIGHTS_WORD);
    if (sentenceSays(msg, a.start, BRAND_WORD) && !rights) continue;
    if (!rights && focus.has('provincialBrandStationExcellent') && !focus.has('ipRightsStationAssessmentPassed')) continue;
    if (!rights && /评价/.test(a.m[0])) continue;
    // Within its clause: 去年的…考核合格，今年的还没考核 — the second 考核 must not read the first one's 合格.
    const c = msg.clauses[clauseIndex(msg, a.start)];
    const around = text.slice(Math.max(c.start, a.start - 8), Math.min(c.end, a.end + 8));
    if (/(?:还|尚)?(?:没|未)(?:有)?(?:进行)?考核|考核(?:还|尚)?(?:没|未)(?:有)?(?:开始|进行|出)/.test(around)) out.mentions.push({ field: 'ipRightsStationAssessmentPassed', at: a.start });
    else if (/不合格|不及格|没(?:有)?(?:通过|过|合格)|未(?:通过|合格)/.test(around)) out.findings.push(finding('ipRightsStationAssessmentPassed', false, a.start));
    else if (/合格|通过|优秀|良好|过了/.test(around)) {
      out.findings.push(finding('ipRightsStationAssessmentPassed', true, a.start));
      // 两个站点都考核合格 / 4个维权站点全部合格: each station that passed is paid.
      const count = stationsPassed(sentenceText(msg, a.start));
      if (count !== undefined && count > 1) out.findings.push(finding('ipRightsStationsPassedCount', count, a.start));
      // 连续三年考核合格 / 2024年和2025年都合格: the years passed, for a total over them.
      const years = yearsPassed(sentenceText(msg, a.start));
      if (years !== undefined && years > 1) out.findings.push(finding('ipRightsStationYearsCount', years, a.start));
    }
    else out.mentions.push({ field: 'ipRightsStationAssessmentPassed', at: a.start });
  }
  // 连续三年都合格，一共多少 said of the station under discussion, without naming it again.
  if (out.findings.length === 0 && focus.has('ipRightsStationAssessmentPassed')) {
    const years = yearsPassed(text);
    if (years !== undefined && years > 1 && !/不合格|没(?:有)?(?:通过|合格)|未(?:通过|合格)/.test(text)) {
      out.findings.push(finding('ipRightsStationAssessmentPassed', true, 0), finding('ipRightsStationYearsCount', years, 0));
    }
  }
  if (out.findings.length === 0) {
    for (const m of matchAll(text, RIGHTS_STATION)) out.mentions.push({ field: 'ipRightsStationAssessmentPassed', at: m.start });
  }
  return out;
}

const TIME_BEFORE = '(?:之前|以前|此前|原来|原先|过去|以往|从前)';
const NONE_BEFORE = new RegExp(
  `${TIME_BEFORE}(?:我们|公司|企业)?(?:是)?(?:一件|1件|一个)?(?:发明专利)?(?:都|也|还|从来|一直)?(?:没有?|无|未)(?:过|拥有过?|有过|获得过?)?(?:任何)?(?:一件)?(?:的)?(?:发明专利|发明)` +
    `|${TIME_BEFORE}[^，。]{0,4}?(?:一件|1件)?发明专利(?:都|也|从来)?(?:没有|没)`,
  'g',
);
const FIRST_PATENT = /首件发明|第一件发明|头一件发明|首次(?:获得|拥有|取得|有了?)(?:了)?发明|首件专利|第一件专利/g;
const NONE_NOW = /(?<!高价值的?)(?:没有|没|无)(?:任何)?(?:一件)?(?:自主研发的?)?(?:有效的?)?发明专利|(?<!高价值的?)发明专利(?:一件)?(?:都|也|还)?(?:没有|没)(?!通过|过|拿到|授权|申请)/g;
// 已经有2件发明专利了: several already held, so the one asked about is not the first, whenever it came.
const HAD_BEFORE = new RegExp(
  `(?:之前|以前|此前|早就|原来|本来)(?:就|已经)?(?:有|拥有)(?:了)?[^，。没]{0,4}?发明专利|(?:已经|早已)(?:有|拥有)(?:了)?(?:[2-9]|[1-9][0-9]+|[两二三四五六七八九十几多]+)件(?:有效)?发明专利`,
  'g',
);

const UNIVERSITY = `(?:${applicantWordsOf('高校', '科研机构')})`;
const FROM_UNIVERSITY = new RegExp(
  `(?:从|向|跟|找|在)[^，。]{0,12}?${UNIVERSITY}[^，。]{0,6}?(?:买|购买|购入|受让|转让|引进)` +
    `|(?:买|购买|受让)(?:了)?[^，。]{0,8}?${UNIVERSITY}的|${UNIVERSITY}[^，。]{0,8}?(?:转让|卖|许可)给(?:了)?(?:我们|我司|公司|我厂)`,
  'g',
);
const FROM_OTHERS = new RegExp(
  `(?:从|向|跟|找)[^，。]{0,10}?(?:公司|企业|个人|别人|别家|同行|朋友|发明人|${applicantWordsOf('代理机构')}|平台)[^，。]{0,6}?(?:买|购买|受让|收购|购入)`,
  'g',
);
// 自己申请的，去年授权: the grant may be told in the next clause.
// 第一件发明专利授权了: a first patent granted, not bought, is the applicant's own grant.
const SELF_GRANTED = /(?:自己|自主|自行|自身)[^，。]{0,14}?(?:授权|申请(?:下来|成功|到)|拿到|获批)|(?:自己|自主|自行|自身)(?:研发|申请)(?:的)?[，,][^，。]{0,6}?(?:授权|获批)|新授权(?:的)?|自身(?:新增)?授权|(?:第一件|首件|头一件)(?:发明)?(?:专利)?(?:是)?[^，。买购让]{0,8}?(?:授权了|获得授权|授权下来|获批了?)|(?:去年|前年|上一?年|(?:20)?[0-9]{2}年)[^，。买购让]{0,4}?(?:第一件|首件|头一件)(?:发明)?(?:专利)?[^，。买购让]{0,4}?授权(?=[，,。；\s]|$)|(?:第一件|首件|头一件)(?:发明)?(?:专利)?[^，。买购让]{0,4}?(?:去年|前年|上一?年|(?:20)?[0-9]{2}年)[^，。买购让]{0,4}?授权(?=[，,。；\s]|$)/g;

/** art.9: whether the applicant had invention patents before, and where its first one came from. */
function firstPatent(msg: Message, ctx: Contexts, focus: ReadonlySet<ProfileKey>): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const text = msg.text;
  const before = [...matchAll(text, NONE_BEFORE), ...matchAll(text, FIRST_PATENT)];
  for (const m of before) out.findings.push(finding('hadInventionPatentBefore', false, m.start));
  for (const m of matchAll(text, HAD_BEFORE)) out.findings.push(finding('hadInventionPatentBefore', true, m.start));
  if (!ctx.agency) {
    for (const m of matchAll(text, NONE_NOW)) {
      if (before.some((b) => b.start < m.end && m.start < b.end)) continue;
      // "我们没有发明专利": none now, so none before either, and the art.1 stock is zero.
      out.findings.push(finding('hadInventionPatentBefore', false, m.start), finding('selfDevelopedInventionPatentsCount', 0, m.start));
    }
  }
  const notNegated = (m: Span) => !/(?:不是|并非|没有?|未)$/.test(text.slice(Math.max(0, m.start - 3), m.start));
  const source = (re: RegExp, value: NonNullable<Profile['firstInventionPatentSource']>) => {
    for (const m of matchAll(text, re)) if (notNegated(m)) out.findings.push(finding('firstInventionPatentSource', value, m.start));
  };
  source(FROM_UNIVERSITY, '向高校或科研机构购买');
  source(FROM_OTHERS, '其他途径');
  if (ctx.art9 || focus.has('firstInventionPatentSource')) {
    // 自己申请的，还没授权: applied for, not granted — no source of a granted patent yet.
    const bought = out.findings.some((f) => f.field === 'firstInventionPatentSource');
    for (const m of matchAll(text, SELF_GRANTED)) {
      if (!bought && notNegated(m) && !/没|未|尚未|不/.test(m.m[0])) out.findings.push(finding('firstInventionPatentSource', '自身新增授权', m.start));
    }
  }
  return out;
}

/** 连续三年都合格 → 3; 2024年和2025年考核都合格 → 2. */
function yearsPassed(sentence: string): number | undefined {
  const span = /(?:连续|近|这)?(?<![0-9])([两二三四五2-5])(?:个)?年(?:来|里)?(?:都|均|每年都|全部)?(?:年度)?(?:考核)?(?:都|均)?(?:合格|通过)/.exec(sentence);
  if (span) return parseNumber(span[1]);
  // 考核合格，连续2年: the years said after the pass.
  const after = /(?:合格|通过)[^。；]{0,4}?连续(?<![0-9])([两二三四五2-5])(?:个)?年/.exec(sentence);
  if (after) return parseNumber(after[1]);
  const listed = sentence.match(/20\d\d年(?:度)?/g);
  return listed && /都|均|每年/.test(sentence) ? new Set(listed).size : undefined;
}

/** 研发人员都培训了 = 100%, 没培训 = 0%; 没全部培训 leaves the rate open. */
function trainingWords(msg: Message): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const text = msg.text;
  for (const m of matchAll(text, /培训/g)) {
    const before = text.slice(Math.max(0, m.start - 10), m.start);
    const after = text.slice(m.end, m.end + 8);
    const clauseBefore = before.split(/[，,；;。]/).at(-1) ?? '';
    if (/(?:没有?|未|不是)(?:全部|都|全员|全|所有)/.test(clauseBefore) || /^(?:了)?(?:一部分|部分|大部分|一些|还没完)/.test(after)) {
      out.mentions.push({ field: 'ipStaffTrainingRatePercent', at: m.start });
    } else if (/(?:都|全部|全都|全员|所有人?|百分之百|百分百)(?:都)?(?:参加了?|参与了?|接受了?|进行了?|做了?|搞了?)?(?:过)?(?:知识产权)?$/.test(clauseBefore) || /^(?:了)?(?:全覆盖|全部完成|都做了|都参加了|全做了|全员)/.test(after)) {
      out.findings.push(finding('ipStaffTrainingRatePercent', 100, m.start));
    } else if (/(?:没有?|未|还没有?|从没)(?:参加|组织|做|搞|进行|开展)?(?:过)?(?:知识产权)?$/.test(clauseBefore) || /^(?:还|也|都)?(?:没|未)(?:做|搞|开展|组织|参加)/.test(after)) {
      out.findings.push(finding('ipStaffTrainingRatePercent', 0, m.start));
    }
  }
  return out;
}

/** Where the applicant is named as the topic: the start of a clause, after 我们是 / 坐席转述： … */
const TOPIC_START = '(?<=(?:^|[，。；！？,;!?：:\\n])\\s?(?:坐席转述[：:]\\s?)?(?:我们是|我是|我们|作为|来电人(?:说)?(?:是|所在的?)?|来电单位是|是)?)';
const ORG_WORDS = APPLICANT_WORD_SOURCE;
/** "金东区内的科研机构，今年…" / "区内某科研院所": the applicant named by where it stands. */
// 金东区内的某高校, 金东区某研究院: in Jindong, named before the unit.
const INSIDE_JINDONG = `${TOPIC_START}(?:(?:金东(?:区)?|区)内(?:的)?|金东(?:区)?(?:的)?(?=某|一(?:所|家|个)))(?:某|一(?:所|家|个))?(?:[^，。；?？!！]{0,4}?)`;
const NAMED_BY_PLACE = new RegExp(`${INSIDE_JINDONG}(${ORG_WORDS})(?![^，。]{0,4}吗)`, 'g');


const SAID_KIND = new RegExp(
  `(?:我们|我|本单位|我单位|咱们|来电人(?:说)?(?:自己)?|来电单位)(?:这边)?(?:是|属于|作为)(?:一(?:所|家|个))?([^，。；?？!！]{0,10}?)(${ORG_WORDS})(?![^，。]{0,6}吗)`,
  'g',
);

/**
 * 我们研究院, 作为一所高校, 本公司; and a message opening with its subject (研究院这边今年…, 公司新认定为…):
 * the applicant naming itself with a word of the shared lexicon.
 */
const SELF_NAMED = new RegExp(
  `(?:我们|咱们|本|作为(?:一(?:所|家|个))?)(?:这[边家个所])?(${ORG_WORDS})|^(?:金东(?:区)?(?:的)?)?(${ORG_WORDS})(?=\\s?(?:这边|今年|去年|已经?|刚|新|被|获|在(?:金东|区内|本区))|[，,]\\s?(?:今年|去年|已经?|刚|新))`,
  'g',
);

/** 园区能拿多少, 这家企业可以申请吗: the unit a money question is asked for (not one given to: 给企业, 向高校). */
// The unit word stands alone (示范企业能拿多少 names an award, not who asks).
const ASKED_FOR_KIND = new RegExp(
  `(?:这家|那家)(企业|公司)|(?:(?<=^|[，。；！？,;!?\\s])(?:那|那么)?|该)(${ORG_WORDS})(?=(?:本身|自己|这块|这边|这部分)?(?:(?:能|可以|可)(?:拿|申请|领|得|获|享受)|能不能|可不可以|能否|(?:能)?(?:拿|领|给|补|奖)?多少))`,
  'g',
);

/** 我们是大学 / 我们研究院 / 我司: who the applicant is, only from how it names itself. */
function organization(msg: Message): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const text = msg.text;
  const said = SAID_KIND;
  for (const m of matchAll(text, said)) {
    if (/不是|并非/.test(m.m[0])) continue;
    const kind = applicantKindOf(m.m[2]);
    if (kind) out.findings.push(finding('organizationType', kind, m.start));
  }
  for (const m of matchAll(text, NAMED_BY_PLACE)) {
    const kind = applicantKindOf(m.m[1]);
    if (kind) out.findings.push(finding('organizationType', kind, m.start, { asserted: !clauseAsks(msg, m.start) }));
  }
  for (const m of matchAll(text, SELF_NAMED)) {
    const kind = applicantKindOf(m.m[1] ?? m.m[2]);
    if (kind) out.findings.push(finding('organizationType', kind, m.start));
    // 金东区高校，今年…: the message opens with the applicant named by its place.
    if (/^金东/.test(m.m[0])) out.findings.push(finding('locatedInJindong', true, m.start));
  }
  for (const m of matchAll(text, /我校|本校/g)) out.findings.push(finding('organizationType', '高校', m.start));
  for (const m of matchAll(text, /我司|我公司|我厂/g)) out.findings.push(finding('organizationType', '企业', m.start));
  // 园区里有家企业…这家企业能拿多少, 园区能拿多少: the question is now about the unit it names, whoever asks.
  for (const m of matchAll(text, ASKED_FOR_KIND)) {
    const kind = applicantKindOf(m.m[1] ?? m.m[2]);
    if (kind) out.findings.push(finding('organizationType', kind, m.start, { asserted: true }));
  }
  return out;
}

const SITED = '(?:在|位于|落户(?:在|于)?|注册(?:在|于|地(?:在|是|为)?)|设立(?:在|于)?|设在|开在|地处)';
const SITED_ELSEWHERE = new RegExp(
  // 在杭州中院打官司 is where something happened; 在杭州，/在杭州注册的公司 is where the applicant is.
  `${SITED}(?:${JINHUA_CITY})?(?:${JINHUA_OTHER_PLACES})|${SITED}(?:${OTHER_CITIES})(?:市)?(?=[，。；]|$|注册的|成立的|设立的|办公|的(?:${ORG_WORDS}|单位|机构))` +
    `|(?:我们|我司|本单位|我校)(?:是|属于)(?:${OTHER_CITIES}|${JINHUA_OTHER_PLACES})(?:市|区|县)?的` +
    // 婺城区的一所高校向金东企业转让…: the unit the message opens with, named by its place.
    `|${TOPIC_START}(?:${OTHER_CITIES}|${JINHUA_OTHER_PLACES})(?:市|区|县)?(?:的)?(?:一(?:所|家|个)|某)?(?=${ORG_WORDS})`,
  'g',
);
const SITED_IN_JINDONG = new RegExp(
  `${SITED}金东(?:区)?|金东(?:区)?(?:注册|设立|成立)的?|金东(?:区)?(?:的)?(?:分所|分公司|分支机构|办事处|分部|分院|网点)|(?:我们|我司|我们公司|本公司|本单位|事务所)(?:是|就是|属于|也是)金东(?:区)?(?:的|本地)` +
    `|${INSIDE_JINDONG}(?:${ORG_WORDS})`,
  'g',
);

/** Others a clause may be about: clients, buyers, partners. */
// 来电人说他们代理所在婺城区: the caller's own unit, told by the operator as 他们, is the applicant.
const OTHERS_IN_CLAUSE = /客户|受让|被许可|买方|对方|委托人|服务对象|合作|供应商|(?<!来电人?(?:说)?|来电单位(?:说)?)他们|那家|那些|其中|[0-9一二两三四五六七八九十]家/;

/** 在金东注册 / 事务所在金东开了一年半 → true; 不在金东 / 区外企业 → false. 向金东企业转让 says nothing about us. */
function location(msg: Message): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const text = msg.text;
  for (const m of matchAll(text, /不在金东|不是金东|没在金东|非金东|金东区?以?外|区外(?:企业|的)|外地(?:企业|的)/g)) {
    // 客户都是外地企业: others' place, said in a clause about them, is not the applicant's.
    if (OTHERS_IN_CLAUSE.test(text.slice(msg.clauses[clauseIndex(msg, m.start)].start, m.start))) continue;
    out.findings.push(finding('locatedInJindong', false, m.start));
  }
  // Standing in another district or county of Jinhua (我们研究所在婺城区).
  for (const m of matchAll(text, SITED_ELSEWHERE)) {
    if (/[给向对跟与从]了?[^，。]{0,3}$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    // 其中8家在义乌: where some of the others are, not the applicant.
    if (OTHERS_IN_CLAUSE.test(text.slice(msg.clauses[clauseIndex(msg, m.start)].start, m.start))) continue;
    out.findings.push(finding('locatedInJindong', false, m.start, { asserted: !clauseAsks(msg, m.start) }));
  }
  // 注册地在义乌，只是在金东租了个仓库: where it is registered decides; a site it rents here does not.
  const registeredElsewhere = /注册(?:地)?(?:在|于|是|为)/.test(text) && out.findings.some((f) => f.field === 'locatedInJindong' && f.value === false);
  for (const m of matchAll(text, SITED_IN_JINDONG)) {
    if (/[给向对跟与]了?[^，。]{0,3}$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (registeredElsewhere && /^[^，。]{0,4}(?:租|仓库|厂房|办公|经营|生产|设了个?(?:点|仓))/.test(text.slice(m.end))) continue;
    if (/(?:不|没)$/.test(text.slice(Math.max(0, m.start - 1), m.start))) continue;
    out.findings.push(finding('locatedInJindong', true, m.start, { asserted: /内/.test(m.m[0]) && !clauseAsks(msg, m.start) }));
  }
  return out;
}

// 判赔: the court awarded the damages asked for, a win of the plaintiff.
const WIN = /打赢|赢了|胜诉|胜了|赢下|获胜|判(?:决)?(?:我们|我方)?(?:赢|胜)|判赔|判决赔偿|获赔|判(?:了)?(?:对方|被告)赔/;
const LOSE = /输了|打输|败诉|没赢|判(?:定|决)?(?:我们|我方)(?:构成)?侵权|驳回(?:了)?(?:我们|我方)/;
// 一审二审都赢了 is final; 还在二审, 对方上诉了还没判 are not.
const PENDING =
  /还在(?:打|审|二审|上诉)|正在(?:二审|上诉|审理)|没(?:有)?判|未判|没结案|未结案|尚未判决|审理中|二审(?:中|阶段|审理|还没|尚未)|上诉(?:了)?(?:还|尚)?(?:没|未|中)|(?:对方|被告|他们)(?:已经?|又)?(?:提起)?上诉|还没(?:有)?(?:出)?结果/;
/** A first-instance judgment with no word of its being final (终审, 生效, 二审也…). */
const FIRST_INSTANCE_ONLY = /^(?![^]*(?:终审|生效|最终|二审|都赢|均胜|维持|没有?上诉|未上诉|不上诉))[^]*一审/;
/** Settled out of court (调解, 和解) or by an agency: no judgment won through the courts. */
const SETTLED = /调解|和解|庭外|行政(?:裁决|处理|调处)|投诉/;
const NOT_INFRINGING = /不侵权|侵权不成立|不构成侵权|没(?:有)?侵权|未侵权/;
const INFRINGING = /侵权成立|判(?:定|决)?(?:对方|被告)(?:构成)?侵权|构成侵权/;
const DEFENDANT = /被告|被诉|被起诉|应诉|被(?:人|对方)(?:告|起诉)|对方起诉(?:我们|我方)|被.{0,4}起诉|(?:对方|他们)(?:是原告|(?:是)?告(?:了)?我们|起诉(?:了)?我们)/;
const PLAINTIFF = /原告|(?:我们|我司|公司)(?:去|在[^，。]{0,6})?起诉|(?<!被|对方)起诉(?:了)?(?:对方|他们|被告|侵权方|那家)|告了?(?:对方|他们)|维权/;
const DOMESTIC_PLACES = /国内|中国|香港|澳门|台湾/;

/**
 * Patent suits (art.13). A suit abroad (a foreign country, 国外/海外, 337) is favourable when won as
 * plaintiff or found not infringing as defendant; a suit at home counts when won as plaintiff.
 * A case still running (上诉, 还没判) is no outcome yet.
 */
function suits(msg: Message, focus: ReadonlySet<ProfileKey>, previous?: string): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  const text = msg.text;
  // The policy's suits are patent suits: 专利 or 337 said, or 侵权 with no other right named, or the topic.
  const otherRight = /商标|著作权|版权|合同|劳动|债务/.test(text);
  const aboutPatents =
    /专利|337/.test(text) ||
    ((/侵权/.test(text) || FOREIGN_COUNTRY_RE.test(text)) && !otherRight) ||
    ['domesticPatentSuitWon', 'foreignPatentSuitFavourable', 'foreignPatentSuitCountry'].some((f) => focus.has(f as ProfileKey));
  const suitTopic = ['domesticPatentSuitWon', 'foreignPatentSuitFavourable'].some((f) => focus.has(f as ProfileKey));
  // 在日本…代理费60万；在国内另一起…判赔8万: a semicolon before another suit's place parts two suits.
  const parts = msg.sentences.flatMap((s) => {
    const out: { start: number; end: number }[] = [];
    let from = s.start;
    for (const m of matchAll(text.slice(s.start, s.end), /[；;]/g)) {
      const next = text.slice(s.start + m.end, s.end).split(/[；;]/)[0];
      if (!/另|其他|国内|境内/.test(next) && !FOREIGN_COUNTRY_RE.test(next)) continue;
      out.push({ start: from, end: s.start + m.end });
      from = s.start + m.end;
    }
    return [...out, { start: from, end: s.end }];
  });
  for (const s of parts) {
    const st = text.slice(s.start, s.end);
    // While a suit is the topic, "赢了" alone is its outcome.
    const aboutSuit = SUIT_WORDS.test(st) || SETTLED.test(st) || (suitTopic && (WIN.test(st) || LOSE.test(st) || PENDING.test(st)));
    if (!aboutSuit || !aboutPatents) continue;
    const places = matchAll(st, FOREIGN_COUNTRY_RE);
    const countries = places.map((m) => countryName(m.m[0]));
    // 被美国企业在越南起诉: the place said after 在 is where the suit was, whoever brought it.
    const suedIn = places.find((m) => /[在于]$/.test(st.slice(Math.max(0, m.start - 1), m.start)));
    const foreign = countries.length > 0 || /国外|海外|境外|外国|337/.test(st) || (!DOMESTIC_PLACES.test(st) && focus.has('foreignPatentSuitFavourable') && !focus.has('domesticPatentSuitWon'));
    const domestic = !foreign || (DOMESTIC_PLACES.test(st) && countries.length === 0);
    // 说错了，是判定不侵权: the role told in the message before (被诉) holds while this one names none.
    const defendant = DEFENDANT.test(st) || (!PLAINTIFF.test(st) && previous !== undefined && DEFENDANT.test(previous));
    let won: boolean | undefined;
    const outcome = [WIN, LOSE, PENDING, NOT_INFRINGING, INFRINGING, SETTLED].map((re) => st.search(re)).filter((i) => i >= 0);
    const at = s.start + (outcome.length > 0 ? Math.min(...outcome) : 0);
    const pending = PENDING.test(st);
    // 二审还没判，这个能补吗: a suit still running has no final outcome — not met now (a what-if of its
    // outcome, 判赢了能补多少, is asked).
    const whatIfOutcome = /如果|要是|假如|假设|等[^，。]{0,6}(?:判|结果)/.test(st);
    // 对方上诉，二审改判赔30万: the appeal told with its judgment is decided, no longer running.
    const decided = /改判|二审(?:也)?(?:判|维持|驳回)|维持原判|驳回上诉|终审(?:判|维持)|最终判/.test(st);
    if (pending && decided) won = WIN.test(st) || /改判赔|判赔/.test(st) ? true : undefined;
    else if (pending && !whatIfOutcome) won = false;
    else if (SETTLED.test(st) && !/判/.test(st)) won = false;
    else if (WIN.test(st)) won = true;
    else if (LOSE.test(st)) won = false;
    else if (NOT_INFRINGING.test(st)) won = defendant;
    else if (INFRINGING.test(st)) won = !defendant;
    if (foreign) {
      const country = (suedIn ? countryName(suedIn.m[0]) : countries[0]) ?? (/337/.test(st) ? '美国' : undefined);
      if (country) out.findings.push(finding('foreignPatentSuitCountry', country, at));
      // 其实是一审判决，对方上诉了: a message naming no place says nothing of where the suit was.
      else if (/国外|海外|境外|外国|337/.test(st)) out.mentions.push({ field: 'foreignPatentSuitCountry', at });
      // 一审判我们赢了，对方上诉了还没判: won so far, but not finally — not the favourable outcome asked for.
      // 其实是一审判决，对方上诉了: a first judgment under appeal is no final one either.
      if (won === undefined && pending && (WIN.test(st.replace(/判赔|获赔/g, '')) || /一审/.test(st))) won = false;
      // 一审胜诉 abroad, with nothing said of a final judgment: art.13 pays a final one, so it is asked.
      if (won === true && FIRST_INSTANCE_ONLY.test(st)) won = undefined;
      if (won === undefined) out.mentions.push({ field: 'foreignPatentSuitFavourable', at });
      else out.findings.push(finding('foreignPatentSuitFavourable', won, at));
    } else if (domestic) {
      // Defending a suit at home is not 维权; only the plaintiff's outcome is this fact.
      if (won === undefined || (defendant && won)) out.mentions.push({ field: 'domesticPatentSuitWon', at });
      else out.findings.push(finding('domesticPatentSuitWon', won, at));
    }
  }
  // The country alone, as the answer to "在哪个国家？".
  if (focus.has('foreignPatentSuitCountry') && !out.findings.some((f) => f.field === 'foreignPatentSuitCountry')) {
    const c = matchAll(text, FOREIGN_COUNTRY_RE)[0];
    if (c) out.findings.push(finding('foreignPatentSuitCountry', countryName(c.m[0]), c.start));
  }
  return out;
}

/** A private placement (私募非公开定向发行) is no public issue: its size is asked, never taken as the public one. */
/** A short correction of what was told: 其实是私募, 不对，是定向发行的. */
const CORRECTING = /^(?:其实|不对|不是|实际上?|说错了|更正)/;
/** A public issue told as done (公开发行了), not denied (不是公开发行, 非公开发行). */
const PUBLIC_ISSUE = /(?<!不是|并非|非|没有|没)公开发行(?!吗)/;

function privatePlacement(msg: Message, ctx: Contexts): Extraction {
  const out: Extraction = { findings: [], mentions: [] };
  if (!ctx.securitization || !ctx.privateIssue) return out;
  const at = msg.text.search(PRIVATE_ISSUE);
  // 其实是私募，不是公开发行, of the issue under discussion: a kind the clause does not list (a message
  // naming the product itself meets the look-alike of art.4.3's lexicon instead).
  if (!PUBLIC_ISSUE.test(msg.text) && !/ABS|证券化/i.test(msg.text) && CORRECTING.test(msg.text) && !/[0-9零一二两三四五六七八九十百千万亿]/.test(msg.text)) {
    (out.unlisted ??= []).push({ field: 'ipSecuritizationIssueYuan', what: '非公开发行的证券化产品', at });
  } else out.mentions.push({ field: 'ipSecuritizationIssueYuan', at });
  return out;
}

export function extractFlags(msg: Message, barriers: Barriers, ctx: Contexts, focus: ReadonlySet<ProfileKey>, previous?: string): Extraction {
  const parts = [
    privatePlacement(msg, ctx),
    plainFlags(msg, barriers),
    brandStation(msg, barriers, focus),
    rightsStation(msg, focus),
    firstPatent(msg, ctx, focus),
    trainingWords(msg),
    organization(msg),
    location(msg),
    suits(msg, focus, previous),
  ];
  const unlisted = parts.flatMap((p) => p.unlisted ?? []);
  return { findings: parts.flatMap((p) => p.findings), mentions: parts.flatMap((p) => p.mentions), ...(unlisted.length ? { unlisted } : {}) };
}

