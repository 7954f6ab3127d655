import type { OrganizationType } from '../profile.schema';

/**
 * The words that name a kind of applicant, longest first: 职业技术学院 and 学院 are universities, 科研院所 a
 * research institute, 事务所 an agency, 管委会 a park. Every reader of who the applicant is (the chat's
 * extraction and its short answers, the retrieval's synonyms) is built from this one table.
 */
export const APPLICANT_KIND_WORDS: readonly { kind: OrganizationType; words: readonly string[] }[] = [
  // 浙大, 浙师大: the short names people call universities by, as they sell patents to firms here.
  { kind: '高校', words: ['职业技术学院', '高等院校', '技术学院', '大学', '高校', '学院', '学校', '院校', '高职', '职校', '浙师大', '浙工大', '浙大', '师大', '清华', '北大', '复旦', '交大'] },
  { kind: '科研机构', words: ['科研院所', '科研机构', '研究院', '研究所', '科学院', '中科院', '实验室'] },
  // Before 企业: an agency is a company too, and names itself 代理公司.
  { kind: '代理机构', words: ['专利事务所', '代理机构', '代理公司', '事务所', '代理所', '中介'] },
  { kind: '园区', words: ['产业集聚区', '集聚区', '产业园', '园区', '开发区', '管委会'] },
  { kind: '企业', words: ['企业', '公司', '工厂', '厂'] },
  // A person is no unit: every award goes to units (企业, 高校 …), so an inventor on their own is 其他.
  { kind: '其他', words: ['个人发明人', '发明人个人', '自然人'] },
];

/** Every kind's words as one alternation, longest first (a longer word wins where two start together). */
export const APPLICANT_WORD_SOURCE = APPLICANT_KIND_WORDS.flatMap((k) => k.words)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The words of some kinds only (a university or institute a patent was bought from). */
export function applicantWordsOf(...kinds: OrganizationType[]): string {
  return APPLICANT_KIND_WORDS.filter((k) => kinds.includes(k.kind))
    .flatMap((k) => k.words)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A kind's own names, without the loose ones (中介 may be any go-between): what says a message is about it. */
export function kindNamesOf(kind: OrganizationType): string[] {
  return [...(APPLICANT_KIND_WORDS.find((k) => k.kind === kind)?.words ?? [])].filter((w) => !LOOSE_NAMES.includes(w));
}

/** Words that name a kind when the applicant says it is one (我们是中介), but are too loose to name a topic. */
const LOOSE_NAMES: readonly string[] = ['中介'];

/** The kind a word names: the table's word itself, or else the longest of its words inside (科学院 is no 学院). */
export function applicantKindOf(word: string): OrganizationType | undefined {
  const exact = APPLICANT_KIND_WORDS.find((k) => k.words.includes(word));
  if (exact) return exact.kind;
  let best: { kind: OrganizationType; length: number } | undefined;
  for (const k of APPLICANT_KIND_WORDS) {
    for (const w of k.words) if (word.includes(w) && w.length > (best?.length ?? 0)) best = { kind: k.kind, length: w.length };
  }
  return best?.kind;
}
