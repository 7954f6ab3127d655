import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainError, DOMAIN_ERROR_CODES } from '../common/domain-error';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { Clause } from './clause';
import { DocumentMeta, documentMetaSchema, versionParamsSchema } from './document-meta.schema';
import { parsePolicy } from './policy-parser';

export interface PolicyDocument {
  meta: DocumentMeta;
  clauseIds: string[];
  warnings: string[];
  signature: string[];
  /** A later version's changed parameters (`<version id>.params.json`), each checked against this document's text. */
  params: VersionParam[];
}

/** One parameter a later version of the policy changes: its figure and the words of that version that hold it. */
export interface VersionParam {
  /** Parameter id, e.g. `art1.tier1Award`. */
  id: string;
  value: number;
  quote: string;
  /** In the policy's own numbering, e.g. `art.1.1`. */
  clauseId: string;
  /** The clause of this document that holds the quote: its clauseIdPrefix + `clauseId`. */
  corpusClauseId: string;
}

export interface LoadedCorpus {
  documents: PolicyDocument[];
  clauses: Clause[];
  /** sha256 over every document's metadata and text and every version's params.json; keys caches of derived indexes. */
  hash: string;
}

export const DEFAULT_CORPUS_DIR = resolve(__dirname, '..', '..', 'corpus');

/** Reads every `*.meta.json` in the corpus folder and parses the text it names. */
export function loadCorpus(dir: string): LoadedCorpus {
  const metaFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.meta.json'))
    .sort();
  if (metaFiles.length === 0) throw new Error(`语料目录 ${dir} 中没有 *.meta.json 文件`);
  const hash = createHash('sha256');
  const documents: PolicyDocument[] = [];
  const clauses: Clause[] = [];
  for (const file of metaFiles) {
    const rawMeta = readFileSync(join(dir, file), 'utf8');
    const parsedMeta = documentMetaSchema.safeParse(JSON.parse(rawMeta));
    if (!parsedMeta.success) {
      throw new Error(`语料元数据 ${file} 无效：${parsedMeta.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
    }
    const meta = parsedMeta.data;
    const text = readFileSync(join(dir, meta.file), 'utf8');
    hash.update(rawMeta).update('\0').update(text).update('\0');
    const parsed = parsePolicy(text, meta);
    documents.push({ meta, clauseIds: parsed.clauses.map((c) => c.id), warnings: parsed.warnings, signature: parsed.signature, params: [] });
    clauses.push(...parsed.clauses);
  }
  const ids = new Set<string>();
  for (const c of clauses) {
    if (ids.has(c.id)) throw new Error(`不同文件的条款编号重复：${c.id}，请在元数据中设置 clauseIdPrefix`);
    ids.add(c.id);
  }
  checkVersions(documents);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.params.json')).sort()) {
    const raw = readFileSync(join(dir, file), 'utf8');
    hash.update(raw).update('\0');
    loadVersionParams(file, raw, documents, byId);
  }
  return { documents, clauses, hash: hash.digest('hex') };
}

/**
 * Versions of one policy form a chain: each names the one it replaces, at most one replaces each, and a
 * later one must say from when it applies (its 实施日期) — a date after the one it replaces.
 */
function checkVersions(documents: PolicyDocument[]): void {
  const versions = documents.flatMap((d) => (d.meta.version ? [{ file: d.meta.file, ...d.meta.version }] : []));
  const byId = new Map<string, (typeof versions)[number]>();
  for (const v of versions) {
    if (byId.has(v.id)) throw new Error(`政策版本编号重复：${v.id}（${byId.get(v.id)!.file} 与 ${v.file}）`);
    byId.set(v.id, v);
  }
  const replaced = new Map<string, string>();
  for (const v of versions.filter((x) => x.supersedes !== null)) {
    const previous = byId.get(v.supersedes!);
    if (!previous) throw new Error(`${v.file} 的版本 ${v.id} 所替代的版本 ${v.supersedes} 不存在（语料中的版本：${[...byId.keys()].join('、')}）`);
    if (replaced.has(previous.id)) throw new Error(`版本 ${previous.id} 被两个版本替代：${replaced.get(previous.id)} 与 ${v.id}；每个版本只能被一个版本替代`);
    replaced.set(previous.id, v.id);
    if (!v.effective.from) throw new Error(`${v.file} 的版本 ${v.id} 替代 ${previous.id}，须写明实施日期（implementationDate 与 version.effective.from），否则无法判断何时适用`);
    if (previous.effective.from && previous.effective.from >= v.effective.from) {
      throw new Error(`${v.file} 的版本 ${v.id} 的实施日期 ${v.effective.from} 应晚于它替代的版本 ${previous.id} 的实施日期 ${previous.effective.from}`);
    }
  }
}

/** Reads one `<version id>.params.json`: every quote must stand verbatim in that version's own text. */
function loadVersionParams(file: string, raw: string, documents: PolicyDocument[], clauses: Map<string, Clause>): void {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`版本参数文件 ${file} 不是有效的 JSON：${(e as Error).message}`);
  }
  const parsed = versionParamsSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`版本参数文件 ${file} 无效：${parsed.error.issues.map((i) => `${i.path.join('.') || '（根）'} ${i.message}`).join('；')}`);
  }
  const { version, params } = parsed.data;
  if (file !== `${version}.params.json`) throw new Error(`版本参数文件 ${file} 写的版本是 ${version}，文件名应为 ${version}.params.json`);
  const doc = documents.find((d) => d.meta.version?.id === version);
  if (!doc) throw new Error(`版本参数文件 ${file}：语料中没有版本 ${version} 的元数据（*.meta.json 的 version.id）`);
  if (doc.meta.version!.supersedes === null) {
    throw new Error(`版本参数文件 ${file}：${version} 是第一个版本，它的参数写在代码（src/rules/items/art-NN.params.ts）中；params.json 只用于替代它的后续版本`);
  }
  for (const [id, p] of Object.entries(params)) {
    const corpusClauseId = `${doc.meta.clauseIdPrefix}${p.clauseId}`;
    const clause = clauses.get(corpusClauseId);
    if (!clause || clause.docId !== doc.meta.id) {
      throw new Error(`版本参数文件 ${file}：参数 ${id} 的条款 ${p.clauseId} 在版本 ${version} 的原文（${doc.meta.file}）中不存在`);
    }
    if (clause.childIds.length > 0) {
      throw new Error(`版本参数文件 ${file}：参数 ${id} 的条款 ${p.clauseId} 有分段，请写到含该数字的那一段（如 ${clause.childIds[0].slice(doc.meta.clauseIdPrefix.length)}）`);
    }
    if (!clause.text.includes(p.quote)) {
      throw new Error(`版本参数文件 ${file}：参数 ${id} 的原文“${p.quote}”不在版本 ${version} 的条款 ${p.clauseId}（${doc.meta.file}）中；请从该版本原文逐字复制含该数字的短语`);
    }
    doc.params.push({ id, value: p.value, quote: p.quote, clauseId: p.clauseId, corpusClauseId });
  }
}

@Injectable()
export class CorpusService {
  private readonly logger = new Logger(CorpusService.name);
  private readonly corpus: LoadedCorpus;
  private readonly byId: Map<string, Clause>;

  constructor(@Inject(SETTINGS) settings: Settings) {
    const dir = settings.CORPUS_DIR ? resolve(settings.CORPUS_DIR) : DEFAULT_CORPUS_DIR;
    this.corpus = loadCorpus(dir);
    this.byId = new Map(this.corpus.clauses.map((c) => [c.id, c]));
    for (const doc of this.corpus.documents) {
      for (const w of doc.warnings) this.logger.warn(`${doc.meta.file}: ${w}`);
    }
  }

  get hash(): string {
    return this.corpus.hash;
  }

  documents(): PolicyDocument[] {
    return this.corpus.documents;
  }

  document(docId: string): PolicyDocument | undefined {
    return this.corpus.documents.find((d) => d.meta.id === docId);
  }

  all(): Clause[] {
    return this.corpus.clauses;
  }

  /** The finest units (a clause without paragraphs, or each paragraph): what retrieval indexes. */
  leaves(): Clause[] {
    return this.corpus.clauses.filter((c) => c.childIds.length === 0);
  }

  find(id: string): Clause | undefined {
    return this.byId.get(id);
  }

  get(id: string): Clause {
    const clause = this.byId.get(id);
    if (!clause) {
      throw new DomainError(
        DOMAIN_ERROR_CODES.CLAUSE_NOT_FOUND,
        `未找到条款“${id}”。条款编号形如 art.4、art.4.2、goal.1、final.stacking，可先用检索接口查找。`,
      );
    }
    return clause;
  }

  /** True when `cited` is `id` itself or lies inside it (`art.4.2` counts as a citation of `art.4`). */
  covers(id: string, cited: string): boolean {
    for (let c = this.byId.get(cited); c; c = c.parentId ? this.byId.get(c.parentId) : undefined) {
      if (c.id === id) return true;
    }
    return false;
  }
}
