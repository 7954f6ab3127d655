import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../common/domain-error';
import { loadSettings } from '../config/settings';
import { CorpusService, DEFAULT_CORPUS_DIR, loadCorpus } from './corpus.service';

describe('CorpusService', () => {
  const corpus = new CorpusService(loadSettings({}));

  it('loads the district policy from corpus/ with its metadata', () => {
    const [doc] = corpus.documents();
    expect(doc.meta.status).toBe('征求意见稿');
    expect(doc.meta.issuer).toBe('金华市金东区人民政府');
    expect(doc.meta.implementationDate).toBeNull();
    expect(doc.meta.validityYears).toBe(3);
    // A version of the policy whose dates the text leaves blank (「本意见自2023年 月 日起实施」): null, not guessed.
    expect(doc.meta.version).toEqual({ id: 'jindong-ip-2023-draft', supersedes: null, effective: { from: null, to: null } });
    expect(doc.params).toEqual([]);
    expect(doc.meta.references.map((r) => r.docNo)).toEqual(['金委科领〔2022〕1号', '金政发〔2021〕7号', '金政发〔2021〕18号']);
    expect(corpus.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('indexes leaves: paragraphs instead of their items', () => {
    const leaves = corpus.leaves().map((c) => c.id);
    expect(leaves).toContain('art.4.2');
    expect(leaves).not.toContain('art.4');
    expect(leaves).toContain('art.2');
    expect(leaves).toHaveLength(39);
  });

  it('a paragraph citation covers its item, not the other way round, and not a sibling id', () => {
    expect(corpus.covers('art.4', 'art.4.2')).toBe(true);
    expect(corpus.covers('art.4', 'art.4')).toBe(true);
    expect(corpus.covers('art.4.2', 'art.4')).toBe(false);
    expect(corpus.covers('art.1', 'art.10')).toBe(false);
    expect(corpus.covers('goal', 'goal.1')).toBe(false);
    expect(corpus.covers('art.4', 'nope')).toBe(false);
  });

  it('get() throws a Chinese CLAUSE_NOT_FOUND for an unknown id', () => {
    expect(corpus.get('art.16.2').label).toBe('第16条第2款 实施品牌标准培育战略');
    try {
      corpus.get('art.99');
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CLAUSE_NOT_FOUND');
      expect((e as DomainError).message).toContain('未找到条款“art.99”');
    }
  });
});

describe('loadCorpus', () => {
  function corpusWithSecondDoc(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const f of ['jindong-ip-policy-2023-draft.meta.json', 'jindong-ip-policy-2023-draft.txt']) {
      copyFileSync(join(DEFAULT_CORPUS_DIR, f), join(dir, f));
    }
    writeFileSync(join(dir, 'city.txt'), '某市政策\n一、措施\n1.补助。每家5万元。\n');
    writeFileSync(
      join(dir, 'city.meta.json'),
      JSON.stringify({
        id: 'city', file: 'city.txt', title: '某市政策', shortTitle: '某市政策', issuer: '某市人民政府', status: '正式',
        implementationDate: null, validityYears: null, clauseIdPrefix: prefix,
        structure: { sections: [{ heading: '一、措施', itemIdPrefix: 'art' }] },
      }),
    );
    return dir;
  }

  it('adds a second document from its metadata alone', () => {
    const loaded = loadCorpus(corpusWithSecondDoc('city:'));
    expect(loaded.documents.map((d) => d.meta.id)).toEqual(['city', 'jindong-ip-2023']);
    expect(loaded.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['city:art.1', 'art.1']));
  });

  it('refuses two documents whose ids collide, saying how to fix it', () => {
    expect(() => loadCorpus(corpusWithSecondDoc(''))).toThrow(/clauseIdPrefix/);
  });

  it('refuses a status other than 征求意见稿 or 正式, and a date that is not one', () => {
    const dir = corpusWithSecondDoc('city:');
    const meta = JSON.parse(readFileSync(join(dir, 'city.meta.json'), 'utf8'));
    writeFileSync(join(dir, 'city.meta.json'), JSON.stringify({ ...meta, status: '草案' }));
    expect(() => loadCorpus(dir)).toThrow('状态只能是 征求意见稿 或 正式');
    writeFileSync(join(dir, 'city.meta.json'), JSON.stringify({ ...meta, implementationDate: '2025-02-30', version: { id: 'city-2025', effective: { from: '2025-02-30', to: null } } }));
    expect(() => loadCorpus(dir)).toThrow('应为 YYYY-MM-DD 格式的日期');
  });

  it('refuses invalid metadata with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    writeFileSync(join(dir, 'bad.meta.json'), JSON.stringify({ id: 'Bad Id' }));
    expect(() => loadCorpus(dir)).toThrow(/bad\.meta\.json/);
  });

  it('refuses an empty folder', () => {
    expect(() => loadCorpus(mkdtempSync(join(tmpdir(), 'corpus-')))).toThrow(/meta\.json/);
  });
});
