import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as ts from 'typescript';
import { PLACES } from '../../rules/countries';
import { APPLICANT_KIND_WORDS } from '../../rules/lexicon/applicant-kinds';
import { LEVEL_FORMS } from '../../rules/lexicon/levels';

/**
 * Words belong to facts: the names of countries, levels and kinds of applicant are kept once, in the
 * shared lexicons under src/rules, and every reader is generated from them. This test walks the
 * understanding code (src/chat, src/retrieval) and fails on a pattern — a regex literal or a string
 * compiled with `new RegExp` — that spells one of those words itself. Answer text may name a level
 * (依据市级文件); patterns may not, or the lists drift apart again.
 */

const ROOT = join(__dirname, '..', '..');
const SCANNED = ['chat', 'retrieval'].map((d) => join(ROOT, d));

/** Plain words only: regex forms of the lexicon (省(?=知识产权)…) are reduced to their leading word. */
const plain = (source: string): string | undefined => /^[\u4e00-\u9fff]{2,}/.exec(source)?.[0];

const COUNTRY_WORDS = PLACES.filter((p) => p.group !== 'domestic').flatMap((p) => [p.name, ...p.zh, ...p.places]);
// 国家 alone is the common noun too (3个国家, 国家标准): the level reader guards it; other readers may say it.
const LEVEL_WORDS = LEVEL_FORMS.flatMap((l) => l.forms.map(plain)).filter((w): w is string => !!w && w !== '国家' && !/局$/.test(w));
// Generic nouns every sentence uses (企业, 公司) say no kind; the words that name one kind do.
const KIND_WORDS = APPLICANT_KIND_WORDS.filter((k) => k.kind !== '企业' && k.kind !== '其他').flatMap((k) => k.words).filter((w) => w.length >= 2);

const VOCABULARY: readonly { what: string; words: readonly string[] }[] = [
  { what: 'country', words: [...new Set(COUNTRY_WORDS)].filter((w) => w.length >= 2) },
  { what: 'level', words: [...new Set(LEVEL_WORDS)] },
  { what: 'applicant kind', words: [...new Set(KIND_WORDS)] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The patterns a file spells: regex literals, and literals passed to `new RegExp`. */
function patternsOf(path: string): { text: string; line: number }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: { text: string; line: number }[] = [];
  const at = (n: ts.Node) => file.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) out.push({ text: node.text, line: at(node) });
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const first = node.arguments?.[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) out.push({ text: first.text, line: at(first) });
      if (first && ts.isTemplateExpression(first)) {
        out.push({ text: [first.head.text, ...first.templateSpans.map((s) => s.literal.text)].join(''), line: at(first) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

describe('vocabulary lives once, in the shared lexicons', () => {
  const files = SCANNED.flatMap(sourceFiles);

  it('scans the understanding code and knows the words', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const v of VOCABULARY) expect(v.words.length).toBeGreaterThan(3);
    expect(VOCABULARY[0].words).toEqual(expect.arrayContaining(['泰国', '新加坡', '墨西哥', '欧盟']));
    expect(VOCABULARY[1].words).toEqual(expect.arrayContaining(['省级', '市级', '国家级', '区级']));
    expect(VOCABULARY[2].words).toEqual(expect.arrayContaining(['学院', '职业技术学院', '科研院所', '代理机构']));
  });

  it('finds a spelled word (the check itself can fail)', () => {
    const hit = (pattern: string) => VOCABULARY.some((v) => v.words.some((w) => pattern.includes(w)));
    expect(hit('/在(?:泰国|越南)起诉/')).toBe(true);
    expect(hit('/(?:省级|市级)示范/')).toBe(true);
    expect(hit('/申请了(\\d+)件/')).toBe(false);
  });

  it('no pattern in src/chat or src/retrieval spells a country, level or applicant-kind word', () => {
    const found: string[] = [];
    for (const path of files) {
      for (const p of patternsOf(path)) {
        for (const v of VOCABULARY) {
          const words = v.words.filter((w) => p.text.includes(w));
          if (words.length > 0) found.push(`${relative(ROOT, path)}:${p.line} ${v.what}: ${words.join(', ')}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
