import { FOREIGN_PLACE_SOURCE, placeOf } from '../../rules/countries';
import { Level, LEVEL_SOURCE, levelNames, levelOf, LEVELS, levelStems } from '../../rules/lexicon/levels';
import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';

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

/**
 * Which award a piece of text names, per rule, compiled once from each rule's own topic words
 * (src/rules/items/art-NN.lexicon.ts): read by topic detection and by the extractor alike.
 */
export const RULE_CUES: Readonly<Record<string, RegExp>> = Object.fromEntries(RULE_LEXICONS.map((l) => [l.ruleId, new RegExp(l.topic.join('|'))]));

/** The regional trademark offices as art.16's lexicon names them. */
export const TRADEMARK_OFFICES = RULE_LEXICONS.map((l) => l.values).find((v) => v?.field === 'regionalTrademarkRegistrations')!;

/** Any office, or the region they serve named loosely (非洲): a registration there is no single country's. */
export const OFFICE_OR_REGION = new RegExp([...Object.values(TRADEMARK_OFFICES.forms), TRADEMARK_OFFICES.loose].join('|'), 'i');

export type { Level } from '../../rules/lexicon/levels';

/** Level words, from the shared lexicon (src/rules/lexicon/levels.ts). */
const LEVEL_RE = new RegExp(LEVEL_SOURCE, 'g');

export interface LevelMention {
  level: Level;
  start: number;
  end: number;
  /** 没去国家局备案, 不是国家级的: the level is said not to apply. */
  negated: boolean;
}

/** The level words of the last text read: every cue of one message asks about the same text. */
let lastLevels: { text: string; matches: RegExpExecArray[] } | undefined;

function levelMatches(text: string): RegExpExecArray[] {
  if (lastLevels?.text !== text) lastLevels = { text, matches: [...text.matchAll(LEVEL_RE)] as RegExpExecArray[] };
  return lastLevels.matches;
}

/** 按省级的10万给吗, 按省市级的算: a level (or a list of them) the applicant asks to be treated as, not one it has. */
// 比省级还高, 相当于省级: a level compared with, not the thing's own.
const TREATED_AS = new RegExp(`(?:按|按照|参照|比照|当作|当成|比|比起|高于|低于|不如|相当于)(?:的)?(?:(?:${levelStems()})(?:的)?[、和及与或]?){0,2}$`);
/** …，结果没评上 / 最后落选了: the result of what the clause before told, denied. */
const RESULT_DENIED = /^[^。；;]{0,14}?[，,](?:但是?|可是|可惜|不过)?(?:结果|最后|最终|后来)(?:还是)?(?:没|未|落选|没能)/;

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
  const said = inside.filter((m) => !TREATED_AS.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0)));
  return said.map((m) => {
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
        /^(?:的|级)?[^，。,；;和与及、]{0,8}?(?:没(?:有)?(?:评上|拿到|批|通过|认定|获得|成功|下来)|未(?:获|评|批|通过|认定)|不是|还在(?:申报|评|审|公示)|还没)/.test(after) ||
        // 申报省级…，结果没评上: the result told in the next clause.
        RESULT_DENIED.test(text.slice(start + m[0].length, Math.min(text.length, start + m[0].length + 30))),
    };
  });
}

/** The levels a rule's lexicon lists for the levelled thing read into this field, and the levels it leaves out. */
export function listedLevels(field: string): { listed: string; unlisted: string } {
  const thing = RULE_LEXICONS.flatMap((l) => l.levels ?? []).find((t) => t.field === field);
  if (!thing) throw new Error(`no levelled thing for ${field}`);
  return { listed: levelNames(LEVELS.filter((l) => thing.listed.includes(l))), unlisted: levelNames(LEVELS.filter((l) => !thing.listed.includes(l))) };
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
