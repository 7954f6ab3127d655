import { CASED, GENERIC, Gloss, NUMBER_WORDS, QUESTIONS, SHARED } from '../../rules/lexicon/english';
import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';
import { levelNames } from '../../rules/lexicon/levels';
import { APPLICANT_WORD_SOURCE } from '../../rules/lexicon/applicant-kinds';

/**
 * Questions in English, glossed into the Chinese the readers understand, so the same understanding serves
 * them (the answer stays in Chinese, with a one-line English note). A gloss, not a translation: each
 * award's own English words (its lexicon's `english`, beside the rule), then the shared ones
 * (src/rules/lexicon/english.ts), longest phrase first; amounts and counts are put in Chinese order
 * (RMB 800k → 80万元, two projects → 2项).
 */

/** Mostly Latin letters: at least this share of the message's letters and CJK characters. */
const LATIN_SHARE = 0.6;

const compile = (gloss: Gloss, flags: string) => gloss.map(([en, zh]) => [new RegExp(`(?<![a-z])(?:${en})(?![a-z])`, flags), zh] as const);

const longestFirst = (gloss: Gloss): Gloss => [...gloss].sort((a, b) => b[0].length - a[0].length);
/** Each award's English words, then the shared ones, longest first: the more specific phrase wins. */
const DOMAIN: Gloss = [...longestFirst(RULE_LEXICONS.flatMap((l) => l.english ?? [])), ...longestFirst(SHARED)];
const COMPILED = [...compile(CASED, 'g'), ...compile(QUESTIONS, 'gi'), ...compile(DOMAIN, 'gi'), ...compile(GENERIC, 'gi')];

/** Whether the message is written in English (mostly Latin letters). */
export function isEnglish(text: string): boolean {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return latin >= 6 && latin / (latin + cjk) >= LATIN_SHARE;
}

/**
 * Whether a Chinese message carries English words worth glossing (我们company贯标…, OAPI 注册 fee ¥9,500): two
 * or more words of three letters or more. Abbreviations alone (IP, LPR, ABS) are left to the Chinese readers.
 */
export function hasEnglishWords(text: string): boolean {
  // EU, US, UK: places the country lexicon reads only through the gloss.
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !/^(?:LPR|ABS|OAPI|ARIPO|EUIPO|WIPO|PCT|USD|RMB|CNY|HKD)$/i.test(w)).length >= 2 || /\b(?:EU|USA?|UK)\b/.test(text);
}

/** 800k → 800000, 1.6 million → 160万, 0.5 billion → 5亿: a figure the Chinese number reader takes. */
function figure(n: string, scale: string | undefined): string {
  const v = Number(n);
  switch ((scale ?? '').toLowerCase()) {
    case 'k':
    case 'thousand':
      return String(Math.round(v * 1000));
    case 'm':
    case 'mn':
    case 'million':
      return `${Math.round(v * 100 * 1e6) / 1e6}万`;
    case 'b':
    case 'bn':
    case 'billion':
      return `${Math.round(v * 10 * 1e6) / 1e6}亿`;
    default:
      return n;
  }
}

const AMOUNT = /(?:(rmb|cny|yuan|¥)\s*)?(\d+(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|b|billion)?(?![a-z])(?:\s*(rmb|cny|yuan))?/gi;

/** 3 provincial projects → 3项省级项目: a count of projects, a level word between them. */
const ONE_PROJECT = new RegExp(`\\b(?:a|an|one) (?=(?:新 )?(?:(?:${levelNames()})[- ]?(?:level )?)?\\s?(?:知识产权|专利)?(?:预警分析|导航)?项目)`, 'gi');
const PROJECT_COUNT = new RegExp(`(\\d+) (?:新 )?(?=(?:(?:${levelNames()}) )?(?:[^\\s]{0,12})项目)`, 'g');

const OPENS_WITH_UNIT = new RegExp(`^\\s*(?:A|An)\\s+(?=(?:${APPLICANT_WORD_SOURCE}))`);

/** The message with its domain words in Chinese; numbers, places (read by the country lexicon) and punctuation kept. */
export function glossEnglish(text: string): string {
  // 1,600,000 → 1600000: every group separator of a figure, not only the first.
  let out = text.replace(/\d{1,3}(?:,\d{3})+(?!\d|,\d)/g, (m) => m.replace(/,/g, ''));
  out = out.replace(/(?<![a-z])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)(?![a-z])/gi, (w) => String(NUMBER_WORDS[w.toLowerCase()]));
  // RMB 800k, 1.6 million yuan → 80万元 / 160万元: the currency after the figure, as in Chinese.
  out = out.replace(AMOUNT, (m, before: string | undefined, n: string, scale: string | undefined, after: string | undefined) => {
    if (!before && !after && !scale) return m;
    return `${figure(n, scale)}${before || after ? '元' : ''}`;
  });
  for (const [re, zh] of COMPILED) out = out.replace(re, zh);
  // 12 high-value invention patents → 12件高价值发明专利: a count carries its counter in Chinese.
  out = out.replace(/(\d+) (?:新 )?(?=(?:新增?)?(?:高价值发明专利|发明专利|实用新型专利|专利|驰名商标|商标|地理标志|集体商标|证明商标))/g, '$1件');
  // a provincial early-warning analysis project: one of it.
  out = out.replace(ONE_PROJECT, '1 ');
  out = out.replace(PROJECT_COUNT, '$1项');
  out = out.replace(/(\d+) (?=(?:[^\s]{0,4} ?)?(?:企业|companies))/gi, '$1家');
  // A research institute located in Jindong licensed…: a message opening with a unit tells of the applicant.
  out = out.replace(OPENS_WITH_UNIT, '我们是');
  // grand prize (大奖) → 大奖（大奖） → 大奖: a word glossed beside its own Chinese is said once.
  out = out.replace(/([\u4e00-\u9fff]{2,12})\s*[（(]\s*\1\s*[)）]/g, '$1');
  return out.replace(/\?/g, '？');
}
