import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { toHalfWidthAlnum } from '../corpus/text-normalize';
import { toSimplified } from '../common/simplified-chinese';
import type { DomainVocabulary } from './domain-vocabulary.port';
import { DOMAIN_WORDS, QUERY_EXPANSIONS, STOPWORDS, SYNONYM_GROUPS } from './lexicon';

const HAS_WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

export interface TokenizerLexicon {
  domainWords: string[];
  synonymGroups: string[][];
  queryExpansions: Record<string, string[]>;
  stopwords: Set<string>;
  /** Rewrites applied to a question before anything else (the domain's typos). */
  corrections: readonly (readonly [RegExp, string])[];
}

export const DEFAULT_LEXICON: TokenizerLexicon = {
  domainWords: DOMAIN_WORDS,
  synonymGroups: SYNONYM_GROUPS,
  queryExpansions: QUERY_EXPANSIONS,
  stopwords: STOPWORDS,
  corrections: [],
};

/** The general words with a domain's own (the rules' lexicons) added. */
export function withDomain(domain: DomainVocabulary | undefined, base: TokenizerLexicon = DEFAULT_LEXICON): TokenizerLexicon {
  if (!domain) return base;
  return {
    domainWords: [...base.domainWords, ...domain.terms],
    synonymGroups: [...base.synonymGroups, ...domain.synonyms.map((g) => [...g])],
    queryExpansions: { ...base.queryExpansions, ...Object.fromEntries(Object.entries(domain.expansions).map(([k, v]) => [k, [...v]])) },
    stopwords: base.stopwords,
    corrections: [...base.corrections, ...domain.corrections],
  };
}

/** Canonical comparison form: half-width letters and digits, lower case. */
export function foldText(text: string): string {
  return toHalfWidthAlnum(text).toLowerCase();
}

/**
 * jieba search-mode segmentation (long words and their parts) with the domain dictionary,
 * stopwords removed and synonyms folded onto one canonical word.
 */
export class ChineseTokenizer {
  private readonly jieba: Jieba;
  private readonly canonical = new Map<string, string>();
  private readonly expansions: [string, string[]][];

  constructor(private readonly lexicon: TokenizerLexicon = DEFAULT_LEXICON) {
    this.jieba = Jieba.withDict(dict);
    const words = new Set([...lexicon.domainWords, ...lexicon.synonymGroups.flat().filter((w) => w.length > 1)]);
    // A high frequency makes jieba keep the word whole; search mode still emits its parts.
    this.jieba.loadDict(Buffer.from([...words].map((w) => `${w} 100000 n`).join('\n')));
    for (const group of lexicon.synonymGroups) {
      for (const word of group) this.canonical.set(foldText(word), foldText(group[0]));
    }
    this.expansions = Object.entries(lexicon.queryExpansions).map(([k, v]) => [foldText(k), v]);
  }

  /** Tokens for indexing or for matching against an index. */
  tokenize(text: string): string[] {
    const out: string[] = [];
    for (const raw of this.jieba.cutForSearch(foldText(text), true)) {
      const token = raw.trim();
      if (!token || !HAS_WORD_CHAR.test(token) || this.lexicon.stopwords.has(token)) continue;
      out.push(this.canonical.get(token) ?? token);
    }
    return out;
  }

  /**
   * The canonical words of the synonyms found in a text (奖励 → 奖补, 打官司 → 维权), appended to what
   * the character n-gram vectors see, so that the vector side shares BM25's vocabulary bridge.
   */
  withCanonicalTerms(text: string): string {
    const extra = new Set<string>();
    for (const raw of this.jieba.cutForSearch(foldText(text), true)) {
      const canonical = this.canonical.get(raw.trim());
      if (canonical && canonical !== raw.trim()) extra.add(canonical);
    }
    return extra.size ? `${text}\n${[...extra].join(' ')}` : text;
  }

  /** The question in simplified characters with its typos corrected and the one-way expansions of the lexicon appended (商标国际注册 → 马德里 …). */
  expandQuery(query: string): string {
    const corrected = this.lexicon.corrections.reduce((text, [re, to]) => text.replace(re, to), toSimplified(query));
    const folded = foldText(corrected);
    const extra = this.expansions.filter(([key]) => folded.includes(key)).flatMap(([, terms]) => terms);
    return extra.length ? `${corrected} ${extra.join(' ')}` : corrected;
  }
}
