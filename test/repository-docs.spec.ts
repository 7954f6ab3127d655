import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository's own documentation stays true: its tree, its links, and no reference outside itself. */
const ROOT = resolve(__dirname, '..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

/** Folders the README's tree must show (generated, installed and ignored ones excepted). */
const IGNORED = new Set(['node_modules', 'dist', 'coverage', 'artifacts', 'data', '.cache', '.git']);
function folders(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !IGNORED.has(e.name) && !(dir === '.' && e.name.startsWith('.')))
    .flatMap((e) => {
      const path = dir === '.' ? e.name : `${dir}/${e.name}`;
      return [path, ...folders(path)];
    });
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return IGNORED.has(e.name) ? [] : files(path, ext);
    return ext.test(e.name) ? [path] : [];
  });
}

/**
 * The tree in the README's first ```text block under 「目录」: two spaces per level, a folder ends with "/",
 * anything after the name is its description.
 */
function readmeTree(): { folders: string[]; files: string[] } {
  const md = read('README.md');
  const section = md.slice(md.indexOf('## 目录'));
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const stack: string[] = [];
  const out = { folders: [] as string[], files: [] as string[] };
  for (const line of block.split('\n')) {
    const m = /^( *)(\S+)/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 2;
    const name = m[2];
    stack.length = depth;
    const path = [...stack, name.replace(/\/$/, '')].join('/');
    if (name.endsWith('/')) {
      out.folders.push(path);
      stack.push(name.replace(/\/$/, ''));
    } else {
      out.files.push(path);
    }
  }
  return out;
}

describe('repository documentation', () => {
  it("the README's tree shows every folder, and only folders and files that exist", () => {
    const tree = readmeTree();
    expect(tree.folders.length).toBeGreaterThan(20);
    expect([...tree.folders].sort()).toEqual(folders('.').sort());
    for (const f of tree.files) expect(existsSync(join(ROOT, f)) ? f : `missing: ${f}`).toBe(f);
  });

  it('every relative link in README.md and docs/ points at a file of the repository', () => {
    const docs = ['README.md', ...files('docs', /\.md$/)];
    expect(docs.length).toBeGreaterThan(3);
    for (const doc of docs) {
      for (const m of read(doc).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target) || target.startsWith('/')) continue;
        const path = resolve(ROOT, dirname(doc), target);
        expect(`${doc} → ${target}: ${existsSync(path) && relative(ROOT, path).startsWith('..') ? 'outside' : existsSync(path) ? 'ok' : 'missing'}`).toBe(`${doc} → ${target}: ok`);
      }
    }
  });

  it('nothing refers to a file outside the repository', () => {
    // Assembled, so that this file does not match itself.
    const outside = new RegExp(['\\.\\./shared', 'CONTRACTS' + '\\.md', 'PITFALLS' + '\\.md'].join('|'));
    const texts = ['README.md', 'package.json', ...['docs', 'src', 'test', 'evals', 'prompts', 'corpus', '.ci'].flatMap((d) => (existsSync(join(ROOT, d)) ? files(d, /\.(ts|js|md|json|jsonl|txt|html|css)$|^run$/) : []))];
    const offending = texts.filter((f) => statSync(join(ROOT, f)).size < 5_000_000 && outside.test(read(f)));
    expect(offending).toEqual([]);
  });
});
