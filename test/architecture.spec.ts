import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Dependencies point inward: channels → chat → rules / retrieval → corpus, with common and config at the
 * bottom. Ports sit beside their adapters (records' turn log in records, metrics ports in observability),
 * so no two feature folders import each other.
 */
const SRC = resolve(__dirname, '..', 'src');

const ALLOWED: Record<string, readonly string[]> = {
  config: [],
  common: ['config'],
  corpus: ['common', 'config'],
  retrieval: ['common', 'config', 'corpus'],
  rules: ['common', 'config', 'corpus'],
  observability: ['common', 'config'],
  records: ['common', 'config', 'observability'],
  chat: ['common', 'config', 'corpus', 'retrieval', 'rules', 'records', 'observability'],
  channels: ['common', 'config', 'corpus', 'retrieval', 'rules', 'records', 'observability', 'chat'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The top-level folder of src that a file belongs to (`chat`, `rules` …), or '' for src/ itself. */
const moduleOf = (file: string) => relative(SRC, file).split('/').slice(0, -1)[0] ?? '';

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => moduleOf(resolve(dirname(file), `${m[1]}.ts`)));
}

describe('module dependencies', () => {
  it('every folder of src is known', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders).toEqual(Object.keys(ALLOWED).sort());
  });

  it.each(Object.keys(ALLOWED))('%s imports only what lies inward of it', (module) => {
    const wrong = sources(join(SRC, module)).flatMap((file) =>
      importsOf(file)
        .filter((target) => target && target !== module && !ALLOWED[module].includes(target))
        .map((target) => `${relative(SRC, file)} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});
