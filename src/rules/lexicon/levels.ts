/**
 * The levels a recognition, project or filing is at, in the words people use for each. Bare 省/市/区 only
 * count where they clearly mean the authority (省知识产权局, 省级), never inside 市场 or 金东区; 省里/市里/区里
 * as the one who pays (区里配套多少, 市里给了) is the payer, not the level of the thing.
 */
export type Level = '国家级' | '省级' | '市级' | '区级';

const NOT_PAYER = '(?!的?(?:配套|给|奖|补|发|出|拨|再|还|能|会|也))';

/**
 * Regex sources, longest forms first within a level; quantifiers bounded. `prefixes`: how a matched word
 * begins (a bare 省 read before 知识产权 is still 省级).
 */
export const LEVEL_FORMS: readonly { level: Level; prefixes: readonly string[]; forms: readonly string[] }[] = [
  { level: '国家级', prefixes: ['国'], forms: ['国家级', '国家知识产权局', '国知局', '国家局', '国家(?!单独|分别|单一|逐一)'] },
  {
    level: '省级',
    prefixes: ['省', '浙江'],
    forms: ['省级', '浙江省', '省知识产权局', '省市场监[督管]{1,2}局', '省局', `省里${NOT_PAYER}`, '省(?=知识产权|商业秘密|专利|示范|优势|[、和及与]|市两级)'],
  },
  {
    level: '市级',
    prefixes: ['市', '金华'],
    forms: ['市级', '金华市', '市知识产权局', '市市场监[督管]{1,2}局', '市局', `市里${NOT_PAYER}`, '市(?=知识产权|商业秘密|专利|示范|优势|[、和及与]|两级)'],
  },
  { level: '区级', prefixes: ['区'], forms: ['区级', '区知识产权局', '区市场监[督管]{1,2}局', '区局', `区里${NOT_PAYER}`, '区(?<![园社景辖城片街小校厂聚验发税]区)(?=知识产权|专利|示范|[、和及与]|两级)'] },
];

/** The four levels, highest first. */
export const LEVELS: readonly Level[] = LEVEL_FORMS.map((l) => l.level);

/** The levels' own names as one alternation (国家级|省级): for patterns that read a level written in full. */
export function levelNames(levels: readonly Level[] = LEVELS): string {
  return levels.join('|');
}

/** The levels' names with and without 级 (国家级|国家|省级|省 …): a level standing right before a noun. */
export function levelStems(levels: readonly Level[] = LEVELS): string {
  return levels.flatMap((l) => [l, l.replace(/级$/, '')]).join('|');
}

/**
 * How people name a level's government as the one who pays (市里已经给了, 金华市也奖了): a question about
 * combining that government's award with the district's. Regex sources.
 */
export const PAYER_FORMS: Readonly<Partial<Record<Level, readonly string[]>>> = {
  市级: ['市里', '市级', '金华市'],
};

/**
 * A level as it is said before the name of an award of that level (市里的专利奖, 浙江省知识产权奖): the
 * plain spoken forms, without the guards above. Regex sources.
 */
export const SPOKEN_LEVELS: Readonly<Record<Level, readonly string[]>> = {
  国家级: ['国家级'],
  省级: ['省级', '省里', '浙江省?'],
  市级: ['金华市?', '市级', '市里'],
  区级: ['区级', '区里'],
};

/** The spoken forms of these levels as one alternation. */
export function spokenLevels(levels: readonly Level[]): string {
  return levels.flatMap((l) => SPOKEN_LEVELS[l]).join('|');
}

/** Every level word, as one alternation (for the readers that find levels in a message). */
export const LEVEL_SOURCE = LEVEL_FORMS.flatMap((l) => l.forms).join('|');

/** For the clause search: how people name the city's and the province's level (区里 names the issuer, so it is left out). */
export const LEVEL_EXPANSIONS: Readonly<Record<string, readonly string[]>> = { 市里: ['市级'], 省里: ['省级'] };

/** The level a level word (as matched by LEVEL_SOURCE) stands for. */
export function levelOf(word: string): Level {
  return LEVEL_FORMS.find((l) => l.prefixes.some((p) => word.startsWith(p)))?.level ?? '区级';
}
