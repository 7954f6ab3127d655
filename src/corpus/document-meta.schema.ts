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

/** A calendar day `YYYY-MM-DD` (rejects 2024-02-30). */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export function isDay(s: string): boolean {
  const t = DAY.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN;
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}
const day = z.string().refine(isDay, { error: '应为 YYYY-MM-DD 格式的日期，如 2025-01-01' });

/** What a document can be: a draft for comment, or the policy as issued. */
export const POLICY_STATUSES = ['征求意见稿', '正式'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/**
 * A document that is one version of a policy the rules compute (the draft, later the issued text). Dates are
 * null where the text leaves them blank — the draft's 「本意见自2023年 月 日起实施」 — never guessed.
 */
const versionSchema = z
  .object({
    /** Stable id; a later version's changed parameters are in `<id>.params.json` beside this file. */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: '版本编号只能由小写字母、数字和连字符组成' }),
    /** The version this one replaces (its parameters fall through to it); null for the first. */
    supersedes: z.string().min(1).nullable().default(null),
    effective: z.object({ from: day.nullable(), to: day.nullable() }).strict(),
  })
  .strict()
  .refine((v) => !v.effective.from || !v.effective.to || v.effective.from <= v.effective.to, {
    error: '生效期起始日期 effective.from 不能晚于结束日期 effective.to',
    path: ['effective', 'from'],
  });

/** Everything the loader needs to turn one policy text into clauses; a new document needs only this file. */
export const documentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().min(1),
  source: z.string().min(1).optional(),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  issuer: z.string().min(1),
  status: z.enum(POLICY_STATUSES, { error: `状态只能是 ${POLICY_STATUSES.join(' 或 ')}` }),
  statusNote: z.string().optional(),
  implementationDate: z.string().nullable(),
  validityYears: z.number().int().positive().nullable(),
  /** Prepended to every clause id; empty for the district policy whose ids docs/api.md fixes. */
  clauseIdPrefix: z.string().default(''),
  /** Present when the document is a version of the policy the rules compute. */
  version: versionSchema.optional(),
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
}).refine((m) => !m.version || m.version.effective.from === m.implementationDate, {
  error: '版本生效日期 version.effective.from 应与实施日期 implementationDate 相同（原文未写明时两者都为 null）',
  path: ['version', 'effective', 'from'],
});

/**
 * `<version id>.params.json` beside a later version's metadata: only the parameters that version changes,
 * each with the words of that version's own text that hold the figure. Keys are parameter ids (`art1.tier1Award`,
 * as GET /api/rules lists them); `clauseId` is the clause in the policy's numbering (`art.1.1`), without the
 * document's clauseIdPrefix.
 */
export const versionParamsSchema = z
  .object({
    version: z.string().min(1),
    params: z.record(
      z.string().min(1),
      z.object({ value: z.number().finite().nonnegative(), quote: z.string().min(1), clauseId: z.string().min(1) }).strict(),
    ),
  })
  .strict();

export type DocumentMeta = z.output<typeof documentMetaSchema>;
export type SectionMeta = z.output<typeof sectionSchema>;
export type VersionMeta = z.output<typeof versionSchema>;
export type VersionParams = z.output<typeof versionParamsSchema>;
