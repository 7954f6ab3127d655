/**
 * Questions in English, glossed word by word into the Chinese the readers understand, so the same
 * understanding serves them (the answer stays in Chinese, with a one-line English note). A gloss, not a
 * translation: the domain's nouns, verbs and amounts, longest phrase first; the rest is dropped.
 */

/** Mostly Latin letters: at least this share of the message's letters and CJK characters. */
const LATIN_SHARE = 0.6;

/** English phrase (a regex source, matched case-insensitively on word boundaries) → Chinese. */
const GLOSSARY: readonly (readonly [string, string])[] = [
  // What is asked.
  ['what(?:\'s| is| are) the (?:subsidy|subsidies|award|awards|reward|grant|support) (?:for|of) ([^?.]+)', '$1补多少'],
  ['how much(?: (?:subsidy|money|funding|support|reward|award))?', '能拿多少'],
  ['what (?:ip |intellectual property )?(?:subsidies|awards|rewards|incentives|grants|support|policies)', '有哪些奖补'],
  ['(?:can|could) (?:we|i|a company|an enterprise|they) (?:apply for|get|receive|claim)', '能申请'],
  ['apply for', '申请'],
  ['is (?:it|there) (?:a |any )?(?:subsidy|award|reward)', '有没有奖补'],
  // Titles before the bare nouns inside them.
  ['(?:ip |intellectual property )?demonstration (?:enterprise|company)(?: title)?', '知识产权示范企业'],
  ['(?:ip |intellectual property )?advantage (?:enterprise|company)(?: title)?', '知识产权优势企业'],
  // Who.
  ['manufacturing (?:company|enterprise|firm)', '制造业企业'],
  ['(?:company|enterprise|firm|business)', '企业'],
  ['(?:university|college)', '高校'],
  ['research (?:institute|institution)', '科研机构'],
  ['(?:patent |ip )?(?:agency|law firm|attorney firm)', '代理机构'],
  ['industrial park', '园区'],
  ['in jindong', '在金东区'],
  ['jindong', '金东区'],
  // Patents.
  ['high[- ]value (?:invention )?patents?', '高价值发明专利'],
  ['invention patents?', '发明专利'],
  ['patent infringement', '专利侵权'],
  ['patent[- ]intensive', '专利密集型'],
  ['patents?', '专利'],
  ['china patent (?:gold )?award', '中国专利奖'],
  ['gold award', '金奖'],
  ['silver award', '银奖'],
  // Trademarks.
  ['well[- ]known trademarks?', '驰名商标'],
  ['madrid (?:system |international )?(?:trademark )?(?:registration)?', '马德里商标国际注册'],
  ['geographical indications?', '地理标志'],
  ['collective marks?', '集体商标'],
  ['certification marks?', '证明商标'],
  ['trademarks?', '商标'],
  ['registration fees?', '注册费'],
  ['registered', '注册了'],
  // Finance.
  ['(?:ip|patent)[- ](?:backed |pledge )?loans?', '专利权质押贷款'],
  ['pledge loans?', '质押贷款'],
  ['ip insurance', '知识产权保险'],
  ['insurance premiums?', '保险保费'],
  ['premiums?', '保费'],
  ['securiti[sz]ation', '证券化'],
  ['interest', '利息'],
  // Suits.
  ['(?:attorney|legal|lawyer|lawyers\'|agency) fees?', '维权代理费'],
  ['final judgment', '终审判决'],
  ['sued', '起诉'],
  ['(?:lawsuit|litigation|case)', '专利官司'],
  ['\\bwon\\b|\\bwin\\b', '胜诉'],
  ['lost', '败诉'],
  // Time and levels.
  ['this year', '今年'],
  ['last year', '去年'],
  ['(?:added|increased by|obtained|got)', '新增'],
  ['newly|new', '新'],
  ['national[- ]level|national', '国家级'],
  ['provincial[- ]level|provincial', '省级'],
  ['(?:city|municipal)[- ]level|municipal', '市级'],
  ['district[- ]level', '区级'],
  ['(?:ip|intellectual property)', '知识产权'],
  // Amounts.
  ['(\\d+(?:\\.\\d+)?)\\s*million', '$1百万'],
  ['(?:rmb|cny|yuan)', '元'],
  ['subsid(?:y|ies)', '补助'],
  ['(?:award|reward)s?', '奖励'],
  ['(?:usd|us dollars|dollars)', '美元'],
];

const COMPILED = GLOSSARY.map(([en, zh]) => [new RegExp(`(?<![a-z])(?:${en})(?![a-z])`, 'gi'), zh] as const);

/** Whether the message is written in English (mostly Latin letters). */
export function isEnglish(text: string): boolean {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return latin >= 6 && latin / (latin + cjk) >= LATIN_SHARE;
}

/** The message with its domain words in Chinese; numbers, places (read by the country lexicon) and punctuation kept. */
export function glossEnglish(text: string): string {
  let out = text.replace(/(\d),(\d{3})/g, '$1$2');
  for (const [re, zh] of COMPILED) out = out.replace(re, zh);
  // 1.6百万 → 160万, 800k → 800000, for the number reader.
  out = out.replace(/(\d+(?:\.\d+)?)百万/g, (_m, n: string) => `${Math.round(Number(n) * 100 * 1e6) / 1e6}万`);
  out = out.replace(/(\d+(?:\.\d+)?)\s?k(?![a-z])/gi, (_m, n: string) => String(Math.round(Number(n) * 1000)));
  // 12 high-value invention patents → 12件高价值发明专利: a count carries its counter in Chinese.
  out = out.replace(/(\d+) (?=(?:新)?(?:高价值发明专利|发明专利|专利|驰名商标|商标|地理标志|集体商标|证明商标))/g, '$1件');
  return out.replace(/\?/g, '？');
}
