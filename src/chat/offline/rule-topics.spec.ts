import { RULES } from '../../rules/rules.registry';
import { detectRuleTopics } from './rule-topics';

describe('detectRuleTopics: patent suits at home and abroad', () => {
  it.each([
    // Any foreign country or place of the shared lexicon, not only the big ones.
    ['在泰国打专利官司赢了，代理费花了60万', 'patent-litigation-abroad'],
    ['新加坡那边被起诉专利侵权，最后判我们不侵权', 'patent-litigation-abroad'],
    ['墨西哥的专利官司打赢了，能补多少', 'patent-litigation-abroad'],
    ['我们在美國加州被告侵權', 'patent-litigation-abroad'],
    ['德国慕尼黑起诉对方侵犯专利', 'patent-litigation-abroad'],
    ['东京地方法院判了专利侵权不成立，代理费80万', 'patent-litigation-abroad'],
    ['在UPC打的专利诉讼', 'patent-litigation-abroad'],
    ['律师费是在USA那场官司花的', 'patent-litigation-abroad'],
    // The place after the suit, within its clause.
    ['专利官司是在泰国打的，赢了', 'patent-litigation-abroad'],
    // At home, 港澳台 included; 上海地区 is no 海地.
    ['我们在国内打专利官司赢了', 'patent-litigation-domestic'],
    ['在香港打专利官司赢了，判赔20万', 'patent-litigation-domestic'],
    ['在上海地区打专利官司赢了，判赔50万', 'patent-litigation-domestic'],
  ])('%s → %s', (text, topic) => {
    const topics = detectRuleTopics(text);
    expect(topics).toContain(topic);
    expect(topics).not.toContain(topic === 'patent-litigation-abroad' ? 'patent-litigation-domestic' : 'patent-litigation-abroad');
  });
});

describe('detectRuleTopics: long messages', () => {
  it('reads a long message about suits quickly (the country lexicon is one large pattern)', () => {
    const text = '专利官司的代理费，'.repeat(3000);
    const t0 = Date.now();
    detectRuleTopics(text);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('detectRuleTopics: short names and typos', () => {
  it.each([
    ['今年刚建成市级商秘站', 'trade-secret-station'],
    ['商秘站有什么奖励', 'trade-secret-station'],
    ['我们的商业秘密工作站是省级的', 'trade-secret-station'],
    // Typos are corrected before the topic words are read (质抻 → 质押).
    ['用专利质抻借了300万，年利息15万', 'ip-pledge-loan-interest'],
  ])('%s → %s', (text, topic) => {
    const topics = detectRuleTopics(text);
    expect(topics).toEqual([topic]);
  });
});

describe('detectRuleTopics: titles', () => {
  it.each(RULES.map((r) => [r.title, r.id]))('%s is recognised by its own title, as people copy it from the catalogue', (title, id) => {
    expect(detectRuleTopics(title)).toContain(id);
  });
});
