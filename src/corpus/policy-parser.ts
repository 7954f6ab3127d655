import { Clause, ClauseKind } from './clause';
import { DocumentMeta, SectionMeta } from './document-meta.schema';
import { normalizeDocument } from './text-normalize';

export interface ParsedPolicy {
  clauses: Clause[];
  /** Irregularities of the source that the parser worked around (e.g. a missing heading). */
  warnings: string[];
  /** Signature lines at the end (issuer, date), kept out of the clauses. */
  signature: string[];
}

const SECTION = /^([一二三四五六七八九十]+)、(.{1,30})$/;
const SUBSECTION = /^（([一二三四五六七八九十]+)）(.*)$/;
const ITEM = /^(\d{1,3})[.．、](?!\d)(.*)$/;
const DATE_LINE = /^\d{4}年[\s\d]*月[\s\d]*日$/;
const INLINE_HEADING_MAX = 30;

/** 一 → 1 … 十九 → 19 (section and subsection ordinals). */
export function chineseOrdinal(s: string): number {
  const digits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (digits[s.slice(1)] ?? NaN);
  if (s.endsWith('十')) return (digits[s[0]] ?? NaN) * 10;
  const [tens, ones] = s.split('十');
  if (ones !== undefined) return (digits[tens] ?? NaN) * 10 + (digits[ones] ?? NaN);
  return digits[s] ?? NaN;
}

/** The subject of a numbered item: the text up to its first 。, e.g. `深化知识产权金融发展`. */
function itemTitle(firstLine: string): string {
  const body = firstLine.replace(ITEM, '$2');
  const end = body.indexOf('。');
  return end > 0 && end <= INLINE_HEADING_MAX ? body.slice(0, end) : body.slice(0, 20);
}

function fill(template: string, n: number, p?: number): string {
  return template.replace('{n}', String(n)).replace('{p}', String(p ?? ''));
}

interface Draft {
  id: string;
  kind: ClauseKind;
  label: string;
  headingPath: string[];
  lines: string[];
  parentId?: string;
}

/**
 * Turns a policy text into the clause tree. All document-specific knowledge (which section gets
 * which id scheme, the closing paragraphs) comes from the metadata, so a second policy needs no code.
 */
export function parsePolicy(rawText: string, meta: DocumentMeta): ParsedPolicy {
  const lines = normalizeDocument(rawText).trimEnd().split('\n');
  const { structure } = meta;
  const prefix = meta.clauseIdPrefix;
  const drafts: Draft[] = [];
  const warnings: string[] = [];
  const signature: string[] = [];

  let section:
    | { meta: SectionMeta; heading: string; name: string; ordinal: number; lastSubsection: number; itemsSeen: number }
    | undefined;
  let subheading: string | undefined;
  let current: Draft | undefined;
  let inClosing = false;

  const open = (draft: Omit<Draft, 'id'> & { id: string }): Draft => {
    const d = { ...draft, id: prefix + draft.id };
    drafts.push(d);
    current = d;
    return d;
  };

  open({ id: structure.titleId, kind: 'title', label: '标题', headingPath: [], lines: [lines[0]] });
  const preambleLines: string[] = [];

  for (const line of lines.slice(1)) {
    const closing = structure.closing.find((c) => line.startsWith(c.startsWith));
    if (closing) {
      inClosing = true;
      open({ id: closing.id, kind: 'closing', label: closing.label, headingPath: [], lines: [line] });
      continue;
    }
    if (inClosing) {
      if (line === meta.issuer || DATE_LINE.test(line)) signature.push(line);
      else if (signature.length === 0 && current) current.lines.push(line);
      else warnings.push(`落款之后的文字未归入任何条款：「${line}」`);
      continue;
    }

    const sectionMatch = SECTION.exec(line);
    if (sectionMatch) {
      const ordinal = chineseOrdinal(sectionMatch[1]);
      const sectionMeta = structure.sections.find((s) => s.heading === line) ?? {
        heading: line,
        subsectionIdPrefix: `sec${ordinal}`,
        itemLabel: '第{n}条',
        paragraphLabel: '第{n}条第{p}款',
      };
      section = { meta: sectionMeta, heading: line, name: sectionMatch[2], ordinal, lastSubsection: 0, itemsSeen: 0 };
      subheading = undefined;
      current = undefined;
      continue;
    }

    if (!section) {
      preambleLines.push(line);
      continue;
    }

    const sub = SUBSECTION.exec(line);
    if (sub) {
      const n = chineseOrdinal(sub[1]);
      if (n !== section.lastSubsection + 1) {
        const where = section.itemsSeen > 0 ? `第${section.itemsSeen}条之后` : '开头';
        warnings.push(
          `「${section.heading}」缺少小标题（${'一二三四五六七八九十'[section.lastSubsection] ?? section.lastSubsection + 1}），` +
            `原文${where}直接出现（${sub[1]}）`,
        );
      }
      section.lastSubsection = n;
      const rest = sub[2];
      const stop = rest.indexOf('。');
      const inline = stop > 0 && stop <= INLINE_HEADING_MAX && stop < rest.length - 1;
      const heading = `（${sub[1]}）${inline ? rest.slice(0, stop) : rest}`;
      if (section.meta.itemIdPrefix) {
        // In an item section the subsections only group the numbered items.
        subheading = heading;
        current = undefined;
      } else {
        const idPrefix = section.meta.subsectionIdPrefix ?? `sec${section.ordinal}`;
        open({
          id: `${idPrefix}.${n}`,
          kind: 'subsection',
          label: `${section.name}${heading}`,
          headingPath: [section.heading, heading],
          lines: [line],
        });
      }
      continue;
    }

    const item = section.meta.itemIdPrefix ? ITEM.exec(line) : null;
    if (item && section.meta.itemIdPrefix) {
      const n = Number(item[1]);
      section.itemsSeen = n;
      const title = itemTitle(line);
      open({
        id: `${section.meta.itemIdPrefix}.${n}`,
        kind: 'item',
        label: `${fill(section.meta.itemLabel, n)} ${title}`,
        headingPath: [section.heading, ...(subheading ? [subheading] : []), `${n}.${title}`],
        lines: [line],
      });
      continue;
    }

    if (current && current.kind !== 'title') {
      current.lines.push(line);
    } else if (section.meta.leadId) {
      open({ id: section.meta.leadId, kind: 'section-lead', label: section.heading, headingPath: [section.heading], lines: [line] });
    } else {
      warnings.push(`「${section.heading}」下有未归入条款的文字：「${line}」`);
    }
  }

  if (preambleLines.length) {
    drafts.splice(1, 0, {
      id: prefix + structure.preambleId,
      kind: 'preamble',
      label: '序言',
      headingPath: [],
      lines: preambleLines,
    });
  }

  const clauses = splitParagraphs(drafts, structure.sections);
  const seen = new Set<string>();
  for (const c of clauses) {
    if (seen.has(c.id)) throw new Error(`条款编号重复：${c.id}（文件 ${meta.file}）`);
    seen.add(c.id);
  }
  return { clauses: clauses.map((c) => ({ ...c, docId: meta.id })), warnings, signature };
}

/** Items of several paragraphs get one child clause per paragraph: `art.4` → `art.4.1`, `art.4.2` … */
function splitParagraphs(drafts: Draft[], sections: SectionMeta[]): Clause[] {
  const out: Clause[] = [];
  for (const d of drafts) {
    const parent: Clause = {
      id: d.id,
      docId: '',
      kind: d.kind,
      label: d.label,
      headingPath: d.headingPath,
      text: d.lines.join('\n'),
      childIds: [],
      order: out.length,
    };
    out.push(parent);
    if (d.kind !== 'item' || d.lines.length < 2) continue;
    const n = Number(d.id.split('.').pop());
    const template = sections.find((s) => s.itemIdPrefix && d.id.includes(`${s.itemIdPrefix}.`))?.paragraphLabel ?? '第{n}条第{p}款';
    const title = d.label.slice(d.label.indexOf(' ') + 1);
    d.lines.forEach((line, i) => {
      const child: Clause = {
        id: `${d.id}.${i + 1}`,
        docId: '',
        kind: 'paragraph',
        label: `${fill(template, n, i + 1)} ${title}`,
        headingPath: [...d.headingPath, `第${i + 1}款`],
        text: line,
        parentId: d.id,
        childIds: [],
        order: out.length,
      };
      parent.childIds.push(child.id);
      out.push(child);
    });
  }
  return out;
}
