import { unbounded } from '../testing/regex-bounds';
import { CASED, GENERIC, QUESTIONS, SHARED } from './english';
import { APPLICANT_KIND_WORDS, APPLICANT_WORD_SOURCE, applicantKindOf } from './applicant-kinds';
import { LEVEL_FORMS, LEVEL_SOURCE, levelOf } from './levels';

describe('shared lexicon: levels', () => {
  const find = (text: string) => [...text.matchAll(new RegExp(LEVEL_SOURCE, 'g'))].map((m) => levelOf(m[0]));

  it.each([
    ['国家级示范企业', ['国家级']],
    ['在国知局备案的', ['国家级']],
    ['浙江省知识产权局认定', ['省级']],
    ['省知识产权示范企业', ['省级']],
    ['省市场监管局备案', ['省级']],
    ['金华市的项目', ['市级']],
    ['市里评的', ['市级']],
    ['区知识产权局的导航项目', ['区级']],
    ['省级和区级各一个', ['省级', '区级']],
  ])('%s → %j', (text, levels) => expect(find(text)).toEqual(levels));

  it.each(['区里配套多少', '市里给了20万', '省里的补助还能拿吗', '市场监管', '金东区企业', '国家单独注册'])('no level in %s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('every level has prefixes its own forms begin with', () => {
    for (const l of LEVEL_FORMS) for (const f of l.forms) expect(l.prefixes.some((p) => f.startsWith(p)) ? f : `${l.level}: ${f}`).toBe(f);
  });
});

describe('shared lexicon: kinds of applicant', () => {
  it.each([
    ['职业技术学院', '高校'],
    ['学院', '高校'],
    ['大学', '高校'],
    ['科学院', '科研机构'],
    ['科研院所', '科研机构'],
    ['代理公司', '代理机构'],
    ['事务所', '代理机构'],
    ['管委会', '园区'],
    ['产业集聚区', '园区'],
    ['工厂', '企业'],
  ])('%s is a %s', (word, kind) => expect(applicantKindOf(word)).toBe(kind));

  it('names each word once, and the alternation tries longer words first', () => {
    const words = APPLICANT_KIND_WORDS.flatMap((k) => k.words);
    expect(new Set(words).size).toBe(words.length);
    const alternation = APPLICANT_WORD_SOURCE.split('|');
    for (let i = 1; i < alternation.length; i++) expect(alternation[i - 1].length).toBeGreaterThanOrEqual(alternation[i].length);
  });
});

describe('shared English words', () => {
  it('compile, and keep every quantifier bounded or on one character class', () => {
    for (const [source] of [...QUESTIONS, ...SHARED, ...GENERIC, ...CASED]) {
      expect(() => new RegExp(source, 'i')).not.toThrow();
      expect(unbounded(source) ? source : 'bounded').toBe('bounded');
    }
  });
});
