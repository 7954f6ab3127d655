import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChineseTokenizer, withDomain } from '../../retrieval/chinese-tokenizer';
import { RULES_VOCABULARY } from '../../rules/lexicon/retrieval-vocabulary';
import { pickQuote, sentences } from './quote-picker';

const tokenizer = new ChineseTokenizer(withDomain(RULES_VOCABULARY));
const art161 = readFileSync(join(__dirname, '..', '..', '..', 'corpus', 'jindong-ip-policy-2023-draft.txt'), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('16.'))!;

describe('sentences', () => {
  it('splits at Chinese sentence ends and keeps the marks', () => {
    expect(sentences('甲。乙；丙！\n丁')).toEqual(['甲。', '乙；', '丙！', '丁']);
  });
});

describe('pickQuote', () => {
  it('quotes the sentence about 驰名商标 out of the long art.16.1 paragraph, verbatim', () => {
    const quote = pickQuote(art161, '驰名商标能奖多少', tokenizer);
    expect(quote).toBe('获得国家级驰名商标的，根据《金华市人民政府关于推动制造业高质量发展的若干政策意见》（金政发〔2021〕18号）规定，奖励120万元。');
    expect(art161).toContain(quote);
  });

  it('quotes the Madrid sentence for an international trademark question', () => {
    const quote = pickQuote(art161, '商标国际注册有补贴吗', tokenizer);
    expect(quote).toContain('在马德里国际注册的单位');
    expect(art161).toContain(quote);
  });

  it('returns a one-sentence clause whole', () => {
    expect(pickQuote('对新认定的市级知识产权示范企业每家奖励5万。', '市级示范企业', tokenizer)).toBe(
      '对新认定的市级知识产权示范企业每家奖励5万。',
    );
  });
});
