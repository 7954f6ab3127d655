import { FOREIGN_PLACE_SOURCE, placeOf } from '../../rules/countries';

/**
 * Words shared by several extractors: country names (art.13 suits, art.16 single-country trademarks)
 * and administrative levels (国家级 / 省级 / 市级 / 区级) in the ways users write them.
 */

/**
 * A foreign country, region or place as users name it (美国, 美國, USA, 加州, 慕尼黑, 欧洲): the shared
 * lexicon of src/rules/countries.ts, the one the art.13 rule decides its cap with.
 */
export const FOREIGN_COUNTRY_RE = new RegExp(FOREIGN_PLACE_SOURCE);

/** The country a found word stands for (加州 → 美国, Japan → 日本); a region or ambiguous word as named (欧洲). */
export function countryName(word: string): string {
  return placeOf(word)?.name ?? word;
}

/** A single state (not 欧盟, 欧洲, 东南亚): what art.16 counts as one country of a trademark registration. */
export function isSingleCountry(word: string): boolean {
  return placeOf(word)?.kind === 'country';
}

export type Level = '国家级' | '省级' | '市级' | '区级';

/**
 * A level word. Bare 省/市/区 only count where they clearly mean the authority (省知识产权局, 市里,
 * 省级), never inside 市场 or 金东区. 省里/市里/区里 as the one who pays (区里配套多少, 市里给了) is the
 * payer, not the level of the thing.
 */
const LEVEL_RE =
  /国家级|国家知识产权局|国知局|国家局|国家(?!单独|分别|单一|逐一)|省级|浙江省|省知识产权局|省市场监[督管]+局|省局|省里(?!的?(?:配套|给|奖|补|发|出|拨|再|还|能|会|也))|省(?=知识产权|商业秘密|专利|示范|优势|[、和及与]|市两级)|市级|金华市|市知识产权局|市市场监[督管]+局|市局|市里(?!的?(?:配套|给|奖|补|发|出|拨|再|还|能|会|也))|市(?=知识产权|商业秘密|专利|示范|优势|[、和及与]|两级)|区级|区知识产权局|区市场监[督管]+局|区局|区里(?!的?(?:配套|给|奖|补|发|出|拨|再|还|能|会|也))|区(?=知识产权|专利|示范|[、和及与]|两级)/g;

export interface LevelMention {
  level: Level;
  start: number;
  end: number;
  /** 没去国家局备案, 不是国家级的: the level is said not to apply. */
  negated: boolean;
}

export function levelOf(word: string): Level {
  if (word.startsWith('国')) return '国家级';
  if (word.startsWith('省') || word.startsWith('浙江')) return '省级';
  if (word.startsWith('市') || word.startsWith('金华')) return '市级';
  return '区级';
}

/** The level words of the last text read: every cue of one message asks about the same text. */
let lastLevels: { text: string; matches: RegExpExecArray[] } | undefined;

function levelMatches(text: string): RegExpExecArray[] {
  if (lastLevels?.text !== text) lastLevels = { text, matches: [...text.matchAll(LEVEL_RE)] as RegExpExecArray[] };
  return lastLevels.matches;
}

export function findLevels(text: string, from: number, to: number): LevelMention[] {
  // Matched on the whole text (once per text) so a lookahead may read past the window: 省 in 省知识产权示范企业.
  const all = levelMatches(text);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].index < from) lo = mid + 1;
    else hi = mid;
  }
  const inside: RegExpExecArray[] = [];
  for (let i = lo; i < all.length && all[i].index < to; i++) if (all[i].index + all[i][0].length <= to) inside.push(all[i]);
  return inside.map((m) => {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(from, start - 5), start);
    // 国家级示范企业没评上 / 国家级的没批 / 国家级还在申报: denied or pending after the level, within its clause.
    const after = /^[^，。,；;!！?？]{0,10}/.exec(text.slice(start + m[0].length, Math.min(text.length, to + 12)))?.[0] ?? '';
    return {
      level: levelOf(m[0]),
      start,
      end: start + m[0].length,
      negated:
        /(?:没|未|不是|并非|非)(?:有|去|能|在|被)?(?:评上|评为|认定为?|拿到|获得)?$/.test(before) ||
        /^(?:的|级)?[^，。,；;和与及、]{0,8}?(?:没(?:有)?(?:评上|拿到|批|通过|认定|获得|成功|下来)|未(?:获|评|批|通过|认定)|不是|还在(?:申报|评|审|公示)|还没)/.test(after),
    };
  });
}

export const LEVEL_RANK: Record<Level, number> = { 国家级: 4, 省级: 3, 市级: 2, 区级: 1 };

/**
 * Held before this year, so not newly obtained: 早就有了, 2021年就是示范企业了, 今年复核又通过了 (a review
 * of a title held is no new recognition).
 */
export const HELD_BEFORE =
  /早就|很早|老早|多年前|前几年|好几年前|以前就|之前就|早已|(?:19|20)\d\d年(?:就|便|已经)|去年就(?:是|有|认定|评上|拿到)|复核|复审|复评|重新认定|继续保持/;

/** 一共两个优秀奖, 总共5件: an overall figure, which restates the parts told before rather than adding one. */
export const TOTAL_BEFORE = /(?:一共|总共|合计|共计|总计|加起来|共)(?:是|有|拿了|获得了?)?$/;
