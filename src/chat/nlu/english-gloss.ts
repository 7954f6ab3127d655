import { RULE_LEXICONS } from '../../rules/lexicon/rule-lexicons';

/**
 * Questions in English, glossed into the Chinese the readers understand, so the same understanding serves
 * them (the answer stays in Chinese, with a one-line English note). A gloss, not a translation: each
 * award's own English words (its lexicon's `english`, beside the rule), the shared words below, longest
 * phrase first; amounts and counts are put in Chinese order (RMB 800k → 80万元, two projects → 2项).
 */

/** Mostly Latin letters: at least this share of the message's letters and CJK characters. */
const LATIN_SHARE = 0.6;

type Gloss = readonly (readonly [string, string])[];

/** What is asked: before any noun, since they capture the rest of the sentence. */
const QUESTIONS: Gloss = [
  // Who is speaking, in the words the readers take as the applicant naming itself.
  ['(?:i work (?:at|for|in)|we are|we\'re|this is|i am from|i\'m from|i represent)(?: (?:a|an|the))?', '我们是'],
  ['what(?:\'s| is| are) the (?:subsidy|subsidies|award|awards|reward|grant|support) (?:for|of) ([^?.]+)', '$1补多少'],
  ['how much(?: (?:subsidy|money|funding|support|reward|award))?', '能拿多少'],
  ['what (?:ip |intellectual property )?(?:subsidies|awards|rewards|incentives|grants|support|policies)', '有哪些奖补'],
  ['(?:can|could) (?:we|i|a company|an enterprise|they) (?:apply for|get|receive|claim)', '能申请'],
  ['apply for', '申请'],
  ['is (?:it|there) (?:a |any )?(?:subsidy|award|reward)', '有没有奖补'],
];

/** Words many awards share: who applies, what kind of patent, what was done. */
const SHARED: Gloss = [
  ['manufacturing (?:company|enterprise|firm)', '制造业企业'],
  ['(?:foreign|german|japanese|american|us|korean|taiwanese)[- ](?:invested|funded|owned) (?:company|enterprise|firm)', '外资企业'],
  ['(?:company|enterprise|firm|business|manufacturer)', '企业'],
  ['(?:university|college)', '高校'],
  ['research (?:institute|institution)', '科研机构'],
  ['(?:patent |ip )?(?:agency|law firm|attorney firm)', '代理机构'],
  ['industrial park|(?:industrial )?zone management', '园区'],
  ['(?:located |based |registered )?in jindong(?: district)?', '在金东区'],
  ['jindong(?: district)?', '金东区'],
  ['invention patents?', '发明专利'],
  ['utility[- ]model(?: patents?)?', '实用新型专利'],
  ['(?:industrial )?design patents?', '外观设计专利'],
  ['patent infringement', '专利侵权'],
  ['trademark infringement', '商标侵权'],
  ['patents?', '专利'],
  ['certification marks?', '证明商标'],
  ['collective marks?', '集体商标'],
  ['trademarks?|trade marks?', '商标'],
  ['registration fees?', '注册费'],
  ['registered', '注册了'],
  ['(?:lawsuit|litigation|case)', '官司'],
  // Won a case, not a prize: the suit is named within a few words.
  ['(?:won|win)(?=(?: [a-z]+){0,3} (?:case|lawsuit|suit|litigation|trial|judgment|judgement|ruling|verdict|官司|专利侵权|终审判决|判决|in court))', '胜诉'],
  ['\\blost\\b', '败诉'],
  ['projects?', '项目'],
  ['certificates?', '证书'],
  ['interest', '利息'],
];

/** Time, levels, amounts: last, so that the phrases above keep their words. */
const GENERIC: Gloss = [
  ['this year', '今年'],
  ['last year', '去年'],
  ['next year', '明年'],
  ['not yet|still (?:under review|pending|in progress)|pending|under review', '还没批下来'],
  ['(?:plan|planning|going) to', '计划'],
  ['(?:undertook|undertake|took on|undertaken)', '承担了'],
  ['(?:was|were|got|been) granted', '获得授权'],
  ['granted', '授权'],
  ['(?:obtained|got|received|won)', '获得了'],
  ['(?:added|increased by)', '新增'],
  ['newly|new', '新'],
  ['national[- ]level|national', '国家级'],
  ['provincial[- ]level|provincial', '省级'],
  ['(?:city|municipal)[- ]level|municipal', '市级'],
  ['district[- ]level', '区级'],
  ['(?:ip|intellectual property)', '知识产权'],
  ['(\\d+(?:\\.\\d+)?)\\s*(?:months?)', '$1个月'],
  ['(\\d+(?:\\.\\d+)?)\\s*(?:years?)', '$1年'],
  ['subsid(?:y|ies)', '补助'],
  ['(?:award|reward)s?', '奖励'],
  ['(?:usd|us dollars|dollars)', '美元'],
  ['\\bno\\b|\\bnot\\b|\\bnever\\b', '没有'],
  ['\\bour\\b', '我们的'],
];

/** Abbreviations whose letters are words in lower case (us, uk): matched as written. */
const CASED: Gloss = [
  ['\\bUSA?\\b|\\bU\\.S\\.(?:A\\.)?', '美国'],
  ['\\bUK\\b|\\bU\\.K\\.', '英国'],
  ['\\bEU\\b', '欧盟'],
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50,
};

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

/** The message with its domain words in Chinese; numbers, places (read by the country lexicon) and punctuation kept. */
export function glossEnglish(text: string): string {
  let out = text.replace(/(\d),(\d{3})/g, '$1$2');
  out = out.replace(/(?<![a-z])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)(?![a-z])/gi, (w) => String(NUMBER_WORDS[w.toLowerCase()]));
  // RMB 800k, 1.6 million yuan → 80万元 / 160万元: the currency after the figure, as in Chinese.
  out = out.replace(AMOUNT, (m, before: string | undefined, n: string, scale: string | undefined, after: string | undefined) => {
    if (!before && !after && !scale) return m;
    return `${figure(n, scale)}${before || after ? '元' : ''}`;
  });
  for (const [re, zh] of COMPILED) out = out.replace(re, zh);
  // 12 high-value invention patents → 12件高价值发明专利: a count carries its counter in Chinese.
  out = out.replace(/(\d+) (?:新 )?(?=(?:新)?(?:高价值发明专利|发明专利|实用新型专利|专利|驰名商标|商标|地理标志|集体商标|证明商标))/g, '$1件');
  out = out.replace(/(\d+) (?:新 )?(?=(?:省级 |市级 |国家级 |区级 )?(?:[^\s]{0,12})项目)/g, '$1项');
  out = out.replace(/(\d+) (?=(?:[^\s]{0,4})?(?:企业|companies))/gi, '$1家');
  return out.replace(/\?/g, '？');
}
