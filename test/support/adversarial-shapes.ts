import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './prng';

/**
 * Messages built to make understanding slow, for the growth test. The words come from the understanding
 * code itself (every run of Chinese characters in the cue tables, typo lists, scope and topic patterns,
 * retrieval lexicon), so a pattern added later is exercised without anyone writing a shape for it.
 */
export interface Shape {
  name: string;
  /** The message at about `n` characters. */
  at(n: number): string;
}

const ROOT = join(__dirname, '..', '..');
const SOURCES = ['src/chat/nlu', 'src/chat/offline', 'src/retrieval/lexicon.ts', 'src/rules/countries.ts'];

function sourceFiles(): string[] {
  return SOURCES.flatMap((p) =>
    p.endsWith('.ts') ? [p] : readdirSync(join(ROOT, p)).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')).map((f) => `${p}/${f}`),
  );
}

/** Every distinct run of CJK characters in the understanding code, in a stable order. */
export function cueWords(): string[] {
  const words = new Set<string>();
  for (const file of sourceFiles()) {
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(/[\u3400-\u9fff]{1,12}/g)) words.add(m[0]);
  }
  return [...words].sort();
}

const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Runs of one character between two words: blanks of every kind, digits, numerals, punctuation. */
const RUN_CHARS = [' ', '\u3000', '\t', '\n', '\u00a0', '1', '0', '.', '一', '万', '十', '，', '。', '？', '！', '、', '…', '~', '-', '%', '（', 'a', '的', '了', '吗'];

/** What a word may be followed by when repeated: nothing, a blank, a comma, figures with units. */
export const SEPARATORS = ['', ' ', '，', '1万', '3件'];

export function runShapes(): Shape[] {
  return RUN_CHARS.map((c) => ({ name: `run of ${JSON.stringify(c)}`, at: (n: number) => `我们${c.repeat(Math.max(0, n - 4))}公司` }));
}

/** The cue words in groups of `size`, each group cycled with one separator to the length asked. */
export function wordShapes(size = 8): Shape[] {
  const words = cueWords();
  const shapes: Shape[] = [];
  for (let i = 0; i < words.length; i += size) {
    const group = words.slice(i, i + size);
    for (const sep of SEPARATORS) {
      const unit = group.map((w) => w + sep).join('');
      shapes.push({ name: `${JSON.stringify(group.join('/'))} with ${JSON.stringify(sep)}`, at: (n) => repeatTo(unit, n) });
    }
  }
  return shapes;
}

/** Seeded mixtures of cue words, figures, blanks and punctuation, as a person typing nonsense might send. */
export function mixedShapes(count = 20, seed = 20261203): Shape[] {
  const words = cueWords();
  const bits = ['1万', '35件', '2000万', '二十万', '50%', '3.65%', '2023年', ' ', '  ', '，', '。', '？', '吗', '不', '没有', '如果', '我们'];
  return Array.from({ length: count }, (_, k) => {
    const at = (n: number) => {
      const r = prng(seed + k);
      let s = '';
      while (s.length < n) s += r.next() < 0.5 ? r.pick(words) : r.pick(bits);
      return s.slice(0, n);
    };
    return { name: `mixed #${k} (seed ${seed + k})`, at };
  });
}
