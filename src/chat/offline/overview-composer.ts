import type { CorpusService } from '../../corpus/corpus.service';
import { APPLICANT_WORD_SOURCE, applicantKindOf } from '../../rules/lexicon/applicant-kinds';
import type { ApplicantKind, Rule } from '../../rules/rule';
import { RULES } from '../../rules/rules.registry';
import { detectRuleTopics } from './rule-topics';

/** 有哪些奖补, 能申请什么, 可以享受哪些政策: a question for the whole list, not for one award. */
export const OVERVIEW_QUESTION =
  /(?:有|都有)(?:哪些|什么|啥)(?:[^，。？?]{0,6}?)(?:奖补|奖励|补贴|补助|资助|政策|支持|扶持|优惠|可以申请|能申请|可申请|可以报|能报)|(?:能|可以|可)(?:申请|享受|申报|报|拿)(?:到)?(?:点|些)?(?:哪些|什么|啥)|哪些(?:奖补|奖励|补贴|补助|政策|项目|支持)/;

const KIND_WORD = new RegExp(APPLICANT_WORD_SOURCE);

/** Whether the message asks for the list of awards (and names none of them). */
export function asksOverview(text: string): boolean {
  return OVERVIEW_QUESTION.test(text) && detectRuleTopics(text).length === 0;
}

/**
 * The awards an applicant of the kind named may apply for, grouped by the policy's own sections (their
 * headings, from the corpus), then one question. Titles only: the figures come when an item is asked about.
 */
export function composeOverview(text: string, corpus: CorpusService, knownKind?: string): string {
  const word = KIND_WORD.exec(text)?.[0];
  const kind = (word ? applicantKindOf(word) : undefined) ?? (knownKind as ApplicantKind | undefined);
  const open = (r: Rule) => !kind || r.applicants.kinds.includes(kind as ApplicantKind) || r.applicants.kinds.includes('单位');
  const rules = RULES.filter(open);
  // Sections by the policy's own headings; articles under none (the text lacks the first one) by number.
  const groups = new Map<string, { titles: string[]; articles: number[] }>();
  for (const r of rules) {
    const path = corpus.find(r.clauseId)?.headingPath ?? corpus.leaves().find((c) => c.id.startsWith(`${r.clauseId}.`))?.headingPath ?? [];
    const section = path.find((h) => /^（[一二三四五六七八九十]+）/.test(h))?.replace(/^（[一二三四五六七八九十]+）/, '') ?? '';
    const article = Number(/^art\.(\d+)/.exec(r.clauseId)?.[1]);
    const group = groups.get(section) ?? { titles: [], articles: [] };
    group.titles.push(`${r.title}（第${article}条）`);
    group.articles.push(article);
    groups.set(section, group);
  }
  const who = kind ? `${kind}可申请的奖补` : '奖补';
  const lines = [...groups].map(([section, g]) => {
    const [first, last] = [Math.min(...g.articles), Math.max(...g.articles)];
    const name = section || (first === last ? `第${first}条` : `第${first}–${last}条`);
    return `· ${name}：${g.titles.join('；')}`;
  });
  return [
    `按本政策，${who}共${rules.length}项：`,
    ...lines,
    '请问：贵单位今年有哪方面的情况（例如新增了多少件高价值发明专利、获得了哪些认定或奖项、有没有知识产权质押贷款或保险）？告诉我具体情况，我可以逐项测算。',
  ].join('\n');
}
