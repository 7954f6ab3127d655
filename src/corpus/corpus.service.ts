import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DomainError, DOMAIN_ERROR_CODES } from '../common/domain-error';
import { SETTINGS } from '../config/config.module';
import type { Settings } from '../config/settings.schema';
import { Clause } from './clause';
import { DocumentMeta, documentMetaSchema } from './document-meta.schema';
import { parsePolicy } from './policy-parser';

export interface PolicyDocument {
  meta: DocumentMeta;
  clauseIds: string[];
  warnings: string[];
  signature: string[];
}

export interface LoadedCorpus {
  documents: PolicyDocument[];
  clauses: Clause[];
  /** sha256 over every document's metadata and text; keys caches of derived indexes. */
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
    documents.push({ meta, clauseIds: parsed.clauses.map((c) => c.id), warnings: parsed.warnings, signature: parsed.signature });
    clauses.push(...parsed.clauses);
  }
  const ids = new Set<string>();
  for (const c of clauses) {
    if (ids.has(c.id)) throw new Error(`不同文件的条款编号重复：${c.id}，请在元数据中设置 clauseIdPrefix`);
    ids.add(c.id);
  }
  return { documents, clauses, hash: hash.digest('hex') };
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
