import { HOME_PLACES_ENGLISH } from './home-places';
/**
 * English words shared by many awards, for questions typed in English (each award's own words are in its
 * lexicon's `english`, beside the rule). Regex sources matched without regard to case on word boundaries
 * (CASED: as written), and the Chinese the readers understand. Read by src/chat/nlu/english-gloss.ts.
 */

export type Gloss = readonly (readonly [string, string])[];

/** What is asked: before any noun, since they capture the rest of the sentence. */
export const QUESTIONS: Gloss = [
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
export const SHARED: Gloss = [
  ['manufacturing (?:company|enterprise|firm)', '制造业企业'],
  ['(?:foreign|german|japanese|american|us|korean|taiwanese)[- ](?:invested|funded|owned) (?:company|enterprise|firm)', '外资企业'],
  ['(?:company|enterprise|firm|business|manufacturer)', '企业'],
  ['(?:university|college)', '高校'],
  ['research (?:institute|institution)', '科研机构'],
  ['(?:patent |ip )?(?:agency|law firm|attorney firm)', '代理机构'],
  ['industrial park|(?:industrial )?zone management', '园区'],
  ['(?:located |based |registered )?in jindong(?: district)?', '在金东区'],
  // Other places at home: 我们在义乌 (we are in Yiwu) puts the applicant outside 金东.
  ...HOME_PLACES_ENGLISH.map(([en, zh]) => [`(?:located |based |registered )?in ${en}`, `在${zh}`] as const),
  ...HOME_PLACES_ENGLISH,
  ['(?:still )?(?:under |in (?:the )?)public notice(?: period)?', '还在公示中'],
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
export const GENERIC: Gloss = [
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
  ['(\\d+(?:\\.\\d+)?)(?:\\s*|-)(?:years?)', '$1年'],
  // What's the total? — the sum asked.
  ['\\b(?:in )?total\\b', '一共'],
  ['subsid(?:y|ies)', '补助'],
  ['(?:award|reward)s?', '奖励'],
  ['(?:usd|us dollars|dollars)', '美元'],
  ['\\bno\\b|\\bnot\\b|\\bnever\\b', '没有'],
  ['\\bour\\b', '我们的'],
  ['what if|suppose|supposing', '如果'],
  // Sorry, correction — …: what follows replaces what was told.
  ['(?:sorry,?\\s*)?(?:a\\s+)?correction\\s*[—–:,-]*', '更正，'],
  ['\\bactually\\b', '其实'],
  ['\\bboth\\b|\\ball of them\\b', '都'],
  // A green product certification and a Zhejiang Made certificate: things had together.
  ['\\s(?:and|plus|as well as)\\s(?:a |an |the )?', '和'],
  ['\\binstead\\b', '呢'],
  ['\\bexactly\\b', '正好'],
  ['\\benterprises?\\b|\\bcompanies\\b|\\bfirms?\\b', '企业'],
  // A linking verb between a figure's name and its number (premium was 50k): the 是 the readers know.
  ['\\b(?:was|were|is|are|came to|totall?ed|amounted to)\\b', '是'],
  ['\\b(?:about|around|approximately|roughly)\\b', '大约'],
];

/** Abbreviations whose letters are words in lower case (us, uk): matched as written. */
export const CASED: Gloss = [
  ['\\bUSA?\\b|\\bU\\.S\\.(?:A\\.)?', '美国'],
  ['\\bUK\\b|\\bU\\.K\\.', '英国'],
  ['\\bEU\\b', '欧盟'],
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50,
};

