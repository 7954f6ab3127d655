import { parseNumber } from '../../common/chinese-number';

const EXPLICIT_ID = /\b(title|preamble|goal(?:\.\d+)?|art\.\d+(?:\.\d+)?|org\.\d+|final\.(?:validity|stacking))\b/g;
const ARTICLE = /第([0-9０-９一二三四五六七八九十]+)条(?:第([0-9一二三四五六七八九十]+)款)?/g;
/** Shorter titles (“附则”) are too common as words to count as a reference. */
const MIN_TITLE_CHARS = 4;

export interface ClauseReference {
  id: string;
  /** `article`: 第4条 without a paragraph, standing for the article and its paragraphs. */
  kind: 'exact' | 'article';
}

type Located = ClauseReference & { at: number };

function locate(answer: string): Located[] {
  const found: Located[] = [];
  for (const m of answer.matchAll(EXPLICIT_ID)) found.push({ id: m[1], kind: 'exact', at: m.index ?? 0 });
  for (const m of answer.matchAll(ARTICLE)) {
    const article = parseNumber(m[1]);
    if (article === undefined) continue;
    const paragraph = m[2] ? parseNumber(m[2]) : undefined;
    const at = m.index ?? 0;
    found.push(paragraph !== undefined ? { id: `art.${article}.${paragraph}`, kind: 'exact', at } : { id: `art.${article}`, kind: 'article', at });
  }
  return found;
}

/** The clauses an answer refers to, in order: explicit ids (`art.4.2`) and labels (`第4条`, `第十三条第2款`). */
export function referencedClauses(answer: string): ClauseReference[] {
  return locate(answer)
    .sort((a, b) => a.at - b.at)
    .map(({ id, kind }) => ({ id, kind }));
}

/**
 * Keeps only clauses the tools actually returned in this conversation: a model cannot cite what it
 * never read. `第4条` resolves to art.4 if that was returned, else to the returned paragraphs of art.4;
 * a returned clause named by its title (“市区奖补叠加与就高原则”) counts as cited too.
 */
export function resolveCitedIds(answer: string, returned: ReadonlySet<string>, titleOf: (id: string) => string | undefined = () => undefined): string[] {
  const refs = locate(answer);
  for (const id of returned) {
    const title = titleOf(id);
    const at = title && title.length >= MIN_TITLE_CHARS ? answer.indexOf(title) : -1;
    if (at >= 0) refs.push({ id, kind: 'exact', at });
  }
  const out = new Set<string>();
  for (const ref of refs.sort((a, b) => a.at - b.at)) {
    const parent = ref.id.replace(/^(art\.\d+)\.\d+$/, '$1');
    if (returned.has(ref.id)) out.add(ref.id);
    else if (ref.kind === 'exact' && parent !== ref.id && returned.has(parent)) out.add(parent);
    else if (ref.kind === 'article') for (const id of returned) if (id.startsWith(`${ref.id}.`)) out.add(id);
  }
  return [...out];
}
