import { CorpusService } from '../corpus/corpus.service';
import type { Settings } from '../config/settings.schema';
import { COMMON_CAVEATS, STACKING, cityPolicyCaveat } from './caveats';
import { RULES } from './rules.registry';

/** Every number a rule uses must be cited: a leaf clause and a phrase found verbatim in it that holds the figure. */
const corpus = new CorpusService({} as Settings);

const FIGURE = /(\d+(?:\.\d+)?)(万元|万|元|%|件|家)/g;

function figureValues(quote: string, unit: string): number[] {
  if (unit === 'months') return /满一年/.test(quote) ? [12] : [];
  return [...quote.matchAll(FIGURE)]
    .filter((m) => (unit === 'percent' ? m[2] === '%' : unit === 'count' ? m[2] === '件' || m[2] === '家' : ['万元', '万', '元'].includes(m[2])))
    .map((m) => (m[2] === '万元' || m[2] === '万' ? Number(m[1]) * 10000 : Number(m[1])));
}

const PARAMS = RULES.flatMap((r) => r.params.map((p) => ({ rule: r, p })));

describe('parameter citations', () => {
  it.each(PARAMS.map(({ rule, p }) => [`${rule.id} ${p.id}`, rule, p] as const))('%s is cited verbatim', (_label, rule, p) => {
    const clause = corpus.find(p.clauseId);
    expect({
      clauseExists: clause !== undefined,
      isLeaf: clause?.childIds.length === 0,
      quoteFound: clause?.text.includes(p.quote),
      figureInQuote: figureValues(p.quote, p.unit).includes(p.value),
      insideRuleClause: corpus.covers(rule.clauseId, p.clauseId),
      hasLabel: /[\u4e00-\u9fff]/.test(p.label),
    }).toEqual({ clauseExists: true, isLeaf: true, quoteFound: true, figureInQuote: true, insideRuleClause: true, hasLabel: true });
  });

  it('gives each parameter a unique id, and one parameter object per id', () => {
    const byId = new Map<string, unknown>();
    for (const { p } of PARAMS) {
      if (byId.has(p.id)) expect(byId.get(p.id)).toBe(p);
      byId.set(p.id, p);
    }
    expect(byId.size).toBeGreaterThanOrEqual(46);
  });

  it('cites the city document where an item follows one', () => {
    const cited = RULES.filter((r) => r.cityPolicy).map((r) => r.cityPolicy as NonNullable<(typeof r)['cityPolicy']>);
    for (const ref of cited) {
      const caveat = cityPolicyCaveat(ref);
      expect(corpus.find(caveat.citation.clauseId)?.text).toContain(caveat.citation.quote);
      expect(ref.quote).toContain(ref.docNo);
    }
    // items 3.1, 4.1, 4.2, 5, 6.4 and 16.1 say 根据《…》规定
    expect(new Set(cited.map((c) => c.clauseId))).toEqual(new Set(['art.3.1', 'art.4.1', 'art.4.2', 'art.5', 'art.6.4', 'art.16.1']));
  });

  it('quotes the caveats verbatim (draft status; the whole stacking sentence, 亩均效益 included)', () => {
    for (const c of COMMON_CAVEATS) expect(corpus.find(c.citation.clauseId)?.text).toContain(c.citation.quote);
    expect(COMMON_CAVEATS.map((c) => c.citation.clauseId)).toEqual(['title', 'final.stacking']);
    // One explanation of stacking, quoting the clause whole.
    expect(corpus.find('final.stacking')?.text).toBe(STACKING.quote);
    expect(COMMON_CAVEATS[1].text).toContain(STACKING.explanation);
  });

  it('has stable kebab-case rule ids, Chinese titles and existing clauses', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(corpus.find(r.clauseId)).toBeDefined();
      expect(r.assumptions.length).toBeGreaterThan(0);
    }
    expect(RULES).toHaveLength(30);
  });
});
