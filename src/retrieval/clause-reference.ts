import { parseNumber } from '../common/chinese-number';

/** An article (and paragraph) the user names by number: 第12条, 第四条第二款, 第4条2款. */
export interface ClauseReference {
  article: number;
  paragraph?: number;
}

const NUMERAL = '[0-9０-９一二三四五六七八九十两]{1,4}';
/** Bounded pieces only, so scanning stays linear in the message length. */
const REFERENCE = new RegExp(`第\\s{0,2}(${NUMERAL})\\s{0,2}条(?:\\s{0,2}第?\\s{0,2}(${NUMERAL})\\s{0,2}款)?`, 'g');

/** Every article the text names by number, in order, each once. */
export function parseClauseReferences(text: string): ClauseReference[] {
  const out: ClauseReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const article = parseNumber(m[1]);
    if (article === undefined || !Number.isInteger(article) || article < 1) continue;
    const paragraph = m[2] === undefined ? undefined : parseNumber(m[2]);
    const ref = paragraph !== undefined && Number.isInteger(paragraph) && paragraph >= 1 ? { article, paragraph } : { article };
    if (!out.some((r) => r.article === ref.article && r.paragraph === ref.paragraph)) out.push(ref);
  }
  return out;
}

/** Whether a clause id (`art.4`, `art.4.2`, with any document prefix) is what a reference names. */
export function referenceMatches(ref: ClauseReference, clauseId: string): boolean {
  const id = clauseId.slice(clauseId.lastIndexOf(':') + 1);
  if (ref.paragraph !== undefined) return id === `art.${ref.article}.${ref.paragraph}` || id.startsWith(`art.${ref.article}.${ref.paragraph}.`);
  return id === `art.${ref.article}` || id.startsWith(`art.${ref.article}.`);
}
