import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../../corpus/corpus.service';

/**
 * A corpus folder holding the draft and a made-up issued version of it, for tests of policy versions: the
 * draft's text with 「12万元」 changed to 「15万元」 in art.1, applying from FINAL_FROM, and the parameters
 * that change in its `.params.json`. Nothing here is the real final policy.
 */
export const DRAFT_ID = 'jindong-ip-2023-draft';
export const FINAL_ID = 'jindong-ip-2025';
export const FINAL_FROM = '2025-01-01';
export const FINAL_TO = '2027-12-31';
export const FINAL_PREFIX = 'jd2025:';

const DRAFT_META = 'jindong-ip-policy-2023-draft.meta.json';
const DRAFT_TEXT = 'jindong-ip-policy-2023-draft.txt';

export const DRAFT_AWARDS = '分别给予12万元、8万元和5万元资助';
export const FINAL_AWARDS = '分别给予15万元、8万元和5万元资助';

export type VersionParamsJson = Record<string, { value: number; quote: string; clauseId: string }>;

/** What the made-up version changes: the first tier's figure; the other two tiers share its sentence, so their words change too. */
export const FINAL_PARAMS: VersionParamsJson = {
  'art1.tier1Award': { value: 150000, quote: FINAL_AWARDS, clauseId: 'art.1.1' },
  'art1.tier2Award': { value: 80000, quote: FINAL_AWARDS, clauseId: 'art.1.1' },
  'art1.tier3Award': { value: 50000, quote: FINAL_AWARDS, clauseId: 'art.1.1' },
};

export interface FixtureOptions {
  /** The `params` of `<FINAL_ID>.params.json`; null writes no file. */
  params?: VersionParamsJson | null;
  /** Further [from, to] replacements in the version's text. */
  edits?: Array<[string, string]>;
  /** Changes to the version's metadata. */
  meta?: Record<string, unknown>;
  /** The `version` field written in the params file (default FINAL_ID). */
  paramsVersion?: string;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: “${from}” is not in the draft text`);
  return text.replace(from, to);
}

/** Writes the folder and returns its path (CORPUS_DIR). */
export function policyVersionFixture(o: FixtureOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-versions-'));
  for (const f of [DRAFT_META, DRAFT_TEXT]) copyFileSync(join(DEFAULT_CORPUS_DIR, f), join(dir, f));
  let text = readFileSync(join(DEFAULT_CORPUS_DIR, DRAFT_TEXT), 'utf8');
  text = replaceOnce(text, '高质量发展的若干政策意见（征求意见稿）', '高质量发展的若干政策意见');
  text = replaceOnce(text, DRAFT_AWARDS, FINAL_AWARDS);
  text = replaceOnce(text, '本意见自2023年 月 日起实施', '本意见自2025年1月1日起实施');
  for (const [from, to] of o.edits ?? []) text = replaceOnce(text, from, to);
  writeFileSync(join(dir, 'jindong-ip-policy-2025.txt'), text);

  const draft = JSON.parse(readFileSync(join(DEFAULT_CORPUS_DIR, DRAFT_META), 'utf8')) as Record<string, unknown>;
  const { source: _source, statusNote: _note, ...rest } = draft;
  const meta = {
    ...rest,
    id: 'jindong-ip-2025',
    file: 'jindong-ip-policy-2025.txt',
    title: '金华市金东区人民政府关于促进知识产权高质量发展的若干政策意见',
    shortTitle: '金东区知识产权高质量发展政策意见',
    status: '正式',
    implementationDate: FINAL_FROM,
    version: { id: FINAL_ID, supersedes: DRAFT_ID, effective: { from: FINAL_FROM, to: FINAL_TO } },
    clauseIdPrefix: FINAL_PREFIX,
    ...o.meta,
  };
  writeFileSync(join(dir, 'jindong-ip-policy-2025.meta.json'), JSON.stringify(meta, null, 2));
  const params = o.params === undefined ? FINAL_PARAMS : o.params;
  if (params) writeFileSync(join(dir, `${FINAL_ID}.params.json`), JSON.stringify({ version: o.paramsVersion ?? FINAL_ID, params }, null, 2));
  return dir;
}
