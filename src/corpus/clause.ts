export type ClauseKind =
  | 'title'
  | 'preamble'
  | 'section-lead'
  | 'subsection'
  | 'item'
  | 'paragraph'
  | 'closing';

/** One retrievable unit of a policy document, addressed by a stable id (docs/api.md). */
export interface Clause {
  id: string;
  docId: string;
  kind: ClauseKind;
  /** Human label used in citations, e.g. `第4条 深化知识产权金融发展`. */
  label: string;
  /** Headings above the clause, outermost first, e.g. `['二、主要任务', '（二）鼓励知识产权运用', '4.深化知识产权金融发展']`. */
  headingPath: string[];
  /** Exact cleaned text; paragraphs separated by `\n`. */
  text: string;
  parentId?: string;
  childIds: string[];
  /** Position in document order, for stable listings. */
  order: number;
}

export interface PolicyReference {
  docNo: string;
  title: string;
}
