import type { Profile, ProfileKey } from '../../rules/profile.schema';
import type { Quantity } from '../../common/chinese-number';
import type { Span } from './fact-text';

/** What kind of figure a cue expects; decides which numbers it may take. */
export type Kind = 'count' | 'yuan' | 'percent' | 'rate' | 'months' | 'year';

/** Profile fields whose value is one number. */
export type NumericKey = { [K in ProfileKey]-?: NonNullable<Profile[K]> extends number ? K : never }[ProfileKey];

/**
 * Where an anchored number goes: a numeric profile field, or a figure that is not a field by itself
 * (`increase`: 比去年多了6件; `patentProductSalesYuan`: 专利产品卖了600万), or `sink` for figures that
 * must not land anywhere (听说能拿12万, 贷款利率4.35%), or a slot of a structured fact (`loan:0:interest`,
 * `office:1`, `award:…`) filled by the extractor that made the anchor.
 */
export type Target = NumericKey | 'increase' | 'patentProductSalesYuan' | 'sink' | `slot:${string}`;

/** A place in the message that names a figure and waits for its number. */
export interface Anchor extends Span {
  target: Target;
  kind: Kind;
  /** Counter words accepted for counts (件, 家 …). */
  counters?: readonly string[];
  /** Which side the number may stand on; both by default. */
  dir?: 'forward' | 'backward';
  /** Time words and generic loan words: no mention when nothing attaches to them. */
  silent?: boolean;
  /**
   * A verb or time word (新增了, 去年, 许可给了) rather than the thing counted: it yields a count that is
   * directly followed by the noun of another topic (今年新增了2个市级预警项目).
   */
  verb?: boolean;
  /** Cues about one topic (art.1's stock); a verb yields only to nouns of another family. */
  family?: string;
  /**
   * A sink naming things that do not count for this field (区级预警项目1个 for the 市级以上 count): with a
   * number and nothing else said for the field, the field is 0.
   */
  zeroFor?: NumericKey;
  /** Cues naming kinds of one counted thing (证明商标 / 集体商标): their counts add up. */
  sums?: boolean;
  /** The number that counts for the field, over any other told for it (其中金东的12家 over 20家企业). */
  decisive?: boolean;
  /** A figure that may be another one's: a candidate for the field, asked to be confirmed. */
  unconfirmed?: boolean;
}

/** A number in the message, as read by chinese-number, with its place. */
export interface Num extends Span, Pick<Quantity, 'value' | 'min' | 'max' | 'approximate' | 'unit' | 'counter'> {
  /** Stated as a bound (10件以上, 达到500万, 超过100万): in a question it is the policy's threshold. */
  bound: boolean;
  /** Preceded by 各 (金奖和优秀奖各两项): one number for each of the things before it. */
  each: boolean;
  /** Added on top of a figure told before (再新增15件, 再签一个200万的合同): no value of a field by itself. */
  increment?: boolean;
  /** Followed by another currency (5000美元): never an amount in yuan. */
  foreignCurrency?: boolean;
}

export type FactValue<K extends ProfileKey> = NonNullable<Profile[K]>;

/** One fact read from the message, before the sentence it stands in decides whether it counts. */
export type Finding = {
  [K in ProfileKey]-?: {
    field: K;
    value: FactValue<K>;
    /** Position in the text (for the sentence and clause it belongs to). */
    at: number;
    approximate: boolean;
    /** A number the user wrote (kept even in a question: "35件能拿多少" states 35). */
    figure: boolean;
    bound?: boolean;
    /** Said as a statement by its own words (金东区内的科研机构，…): kept even in a question. */
    asserted?: boolean;
    /** A corrected or overall figure (不对，是三件…; 一共两个): later parts in the message do not replace it. */
    total?: boolean;
  };
}[ProfileKey];

export function finding<K extends ProfileKey>(
  field: K,
  value: FactValue<K>,
  at: number,
  extra: { approximate?: boolean; figure?: boolean; bound?: boolean; asserted?: boolean; total?: boolean } = {},
): Finding {
  const f = { field, value, at, approximate: extra.approximate ?? false, figure: extra.figure ?? false, bound: extra.bound } as Finding;
  if (extra.asserted) f.asserted = true;
  if (extra.total) f.total = true;
  return f;
}

/** A field the message talks about without a usable value. */
export interface Mention {
  field: ProfileKey;
  at: number;
}

/** What every extractor returns. */
/** A level or title the user names that the policy does not list for that item (国家级专利导航项目, 省级优势企业). */
export interface Unlisted {
  field: ProfileKey;
  /** The thing as the user names it, e.g. 国家级专利导航项目. */
  what: string;
  at: number;
}

export interface Extraction {
  findings: Finding[];
  mentions: Mention[];
  unlisted?: Unlisted[];
}
