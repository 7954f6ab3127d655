import { z } from 'zod';

const sectionSchema = z.object({
  /** The section heading line as it stands in the text, e.g. `二、主要任务`. */
  heading: z.string().min(1),
  /** Id of the text between the heading and the first subsection or item. */
  leadId: z.string().min(1).optional(),
  /** Subsections （一）（二）… become clauses `<prefix>.1`, `<prefix>.2` … */
  subsectionIdPrefix: z.string().min(1).optional(),
  /** Numbered items 1. 2. … become clauses `<prefix>.1` …; subsections then only head the items. */
  itemIdPrefix: z.string().min(1).optional(),
  itemLabel: z.string().default('第{n}条'),
  paragraphLabel: z.string().default('第{n}条第{p}款'),
});

/** Everything the loader needs to turn one policy text into clauses; a new document needs only this file. */
export const documentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().min(1),
  source: z.string().min(1).optional(),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  issuer: z.string().min(1),
  status: z.string().min(1),
  statusNote: z.string().optional(),
  implementationDate: z.string().nullable(),
  validityYears: z.number().int().positive().nullable(),
  /** Prepended to every clause id; empty for the district policy whose ids docs/api.md fixes. */
  clauseIdPrefix: z.string().default(''),
  references: z.array(z.object({ docNo: z.string().min(1), title: z.string().min(1) })).default([]),
  structure: z
    .object({
      titleId: z.string().default('title'),
      preambleId: z.string().default('preamble'),
      sections: z.array(sectionSchema).default([]),
      closing: z
        .array(z.object({ id: z.string().min(1), startsWith: z.string().min(1), label: z.string().min(1) }))
        .default([]),
    })
    .prefault({}),
});

export type DocumentMeta = z.output<typeof documentMetaSchema>;
export type SectionMeta = z.output<typeof sectionSchema>;
