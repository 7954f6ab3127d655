import { ChineseTokenizer, withDomain, foldText } from './chinese-tokenizer';
import { RULES_VOCABULARY } from '../rules/lexicon/retrieval-vocabulary';

describe('ChineseTokenizer', () => {
  const t = new ChineseTokenizer(withDomain(RULES_VOCABULARY));

  it('keeps domain words whole (search mode also emits their parts)', () => {
    const tokens = t.tokenize('申请专利密集型企业和高价值发明专利');
    expect(tokens).toEqual(expect.arrayContaining(['专利密集型', '高价值发明专利', '专利', '发明']));
  });

  it('drops punctuation and stopwords', () => {
    const tokens = t.tokenize('请问，我们怎么申请？');
    expect(tokens).toEqual([]);
  });

  it('folds colloquial synonyms onto the policy word', () => {
    expect(new Set(t.tokenize('打官司'))).toEqual(new Set(['维权']));
    expect(t.tokenize('补贴')).toEqual(['奖补']);
    expect(t.tokenize('奖励')).toEqual(['奖补']);
    expect(t.tokenize('海外')).toEqual(['境外']);
    expect(t.tokenize('用专利抵押')).toEqual(expect.arrayContaining(['质押']));
  });

  it('expands questions that name none of the clause words', () => {
    expect(t.expandQuery('商标国际注册有补贴吗')).toContain('马德里');
    expect(t.expandQuery('贯标过了')).toContain('企业知识产权管理规范');
    expect(t.expandQuery('专利导航')).toBe('专利导航');
  });

  it('adds canonical words for the vectors', () => {
    expect(t.withCanonicalTerms('打官司赢了')).toContain('维权');
    expect(t.withCanonicalTerms('专利导航')).toBe('专利导航');
  });

  it('folds full-width letters and case', () => {
    expect(foldText('ＬＰＲ Abs')).toBe('lpr abs');
    expect(t.tokenize('ABS')).toEqual(['资产证券化']);
  });
});
