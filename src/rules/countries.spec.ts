import { classifyJurisdiction, EU_MEMBER_STATES, findPlaces, FOREIGN_PLACE_SOURCE, PLACES, placeOf, traditional } from './countries';

describe('country lexicon', () => {
  it('lists the 27 EU member states, the United Kingdom not among them', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(EU_MEMBER_STATES).not.toContain('英国');
    for (const name of EU_MEMBER_STATES) expect(classifyJurisdiction(name).group).toBe('us-japan-eu');
  });

  it('has one entry per name, every definite place with a group and every ambiguous word with what it may be', () => {
    const names = PLACES.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PLACES) {
      if (p.kind === 'ambiguous') expect(p.could).toBeTruthy();
      else expect(p.group).toBeDefined();
    }
    // Every UN member state but China, at least.
    expect(PLACES.filter((p) => p.kind === 'country' && p.group !== 'domestic').length).toBeGreaterThanOrEqual(192);
  });

  it.each([
    ['美国', '美國'],
    ['日本国', '日本國'],
    ['德国', '德國'],
    ['法国', '法國'],
    ['义大利', '義大利'],
    ['英国', '英國'],
    ['韩国', '韓國'],
    ['荷兰', '荷蘭'],
    ['卢森堡', '盧森堡'],
    ['几内亚', '幾內亞'],
    ['斯里兰卡', '斯里蘭卡'],
    ['马里', '馬里'],
  ])('writes %s in traditional characters as %s', (simplified, trad) => {
    expect(traditional(simplified)).toBe(trad);
  });

  describe('classifyJurisdiction', () => {
    it.each([
      // Simplified, traditional, full names.
      ['美国', 'us-japan-eu', '美国'],
      ['美國', 'us-japan-eu', '美国'],
      ['美利坚合众国', 'us-japan-eu', '美国'],
      ['日本國', 'us-japan-eu', '日本'],
      ['德國', 'us-japan-eu', '德国'],
      ['法國', 'us-japan-eu', '法国'],
      ['義大利', 'us-japan-eu', '意大利'],
      ['意大利', 'us-japan-eu', '意大利'],
      ['荷蘭', 'us-japan-eu', '荷兰'],
      ['斯洛維尼亞', 'us-japan-eu', '斯洛文尼亚'],
      ['克羅埃西亞', 'us-japan-eu', '克罗地亚'],
      ['賽普勒斯', 'us-japan-eu', '塞浦路斯'],
      // English names and abbreviations.
      [' United States ', 'us-japan-eu', '美国'],
      ['the USA', 'us-japan-eu', '美国'],
      ['U.S.', 'us-japan-eu', '美国'],
      ['US', 'us-japan-eu', '美国'],
      ['America', 'us-japan-eu', '美国'],
      ['JAPAN', 'us-japan-eu', '日本'],
      ['Germany', 'us-japan-eu', '德国'],
      ['Czech Republic', 'us-japan-eu', '捷克'],
      ['the Netherlands', 'us-japan-eu', '荷兰'],
      // States, cities and courts inside a country.
      ['美国加州', 'us-japan-eu', '美国'],
      ['加州北区法院', 'us-japan-eu', '美国'],
      ['德克萨斯东区联邦地区法院', 'us-japan-eu', '美国'],
      ['得州', 'us-japan-eu', '美国'],
      ['Eastern District of Texas', 'us-japan-eu', '美国'],
      ['District of Delaware', 'us-japan-eu', '美国'],
      ['美国联邦巡回上诉法院', 'us-japan-eu', '美国'],
      ['ITC', 'us-japan-eu', '美国'],
      ['德国慕尼黑', 'us-japan-eu', '德国'],
      ['杜塞尔多夫地区法院', 'us-japan-eu', '德国'],
      ['Düsseldorf', 'us-japan-eu', '德国'],
      ['曼海姆', 'us-japan-eu', '德国'],
      ['东京地方法院', 'us-japan-eu', '日本'],
      ['東京地方裁判所', 'us-japan-eu', '日本'],
      ['大阪', 'us-japan-eu', '日本'],
      ['巴黎司法法院', 'us-japan-eu', '法国'],
      ['海牙', 'us-japan-eu', '荷兰'],
      ['米兰', 'us-japan-eu', '意大利'],
      // The EU itself and its court.
      ['欧盟', 'us-japan-eu', '欧盟'],
      ['歐盟', 'us-japan-eu', '欧盟'],
      ['EU', 'us-japan-eu', '欧盟'],
      ['European Union', 'us-japan-eu', '欧盟'],
      ['统一专利法院', 'us-japan-eu', '欧盟'],
      ['UPC', 'us-japan-eu', '欧盟'],
      ['Unified Patent Court', 'us-japan-eu', '欧盟'],
      ['欧盟的德国', 'us-japan-eu', '德国'],
      // Everything else.
      ['韩国', 'other', '韩国'],
      ['韓國', 'other', '韩国'],
      ['南韩首尔', 'other', '韩国'],
      ['Thailand', 'other', '泰国'],
      ['泰國曼谷', 'other', '泰国'],
      ['Singapore', 'other', '新加坡'],
      ['墨西哥', 'other', '墨西哥'],
      ['印尼雅加达', 'other', '印度尼西亚'],
      ['澳洲', 'other', '澳大利亚'],
      ['紐西蘭', 'other', '新西兰'],
      ['沙烏地阿拉伯', 'other', '沙特阿拉伯'],
      ['Mexico City', 'other', '墨西哥'],
      ['迪拜', 'other', '阿联酋'],
      ['东南亚', 'other', '东南亚'],
      // The United Kingdom and the rest of Europe outside the EU.
      ['英国', 'other', '英国'],
      ['英國', 'other', '英国'],
      ['UK', 'other', '英国'],
      ['United Kingdom', 'other', '英国'],
      ['伦敦高等法院', 'other', '英国'],
      ['Northern Ireland', 'other', '英国'],
      ['北爱尔兰', 'other', '英国'],
      ['瑞士', 'other', '瑞士'],
      ['挪威', 'other', '挪威'],
      ['俄罗斯', 'other', '俄罗斯'],
      // 港澳台 are domestic.
      ['中国香港', 'domestic', '香港'],
      ['香港', 'domestic', '香港'],
      ['Taiwan', 'domestic', '台湾'],
      ['臺灣', 'domestic', '台湾'],
      ['台北', 'domestic', '台湾'],
      ['澳門', 'domestic', '澳门'],
      ['国内', 'domestic', '中国'],
    ])('%s → %s (%s)', (raw, group, name) => {
      expect(classifyJurisdiction(raw)).toMatchObject({ group, name });
    });

    it.each([
      ['卡林加地区', '未能识别'],
      ['海外', '未能识别'],
      ['', '未能识别'],
      ['欧洲', '英国、瑞士'],
      ['Europe', '英国、瑞士'],
      ['北美', '加拿大'],
      ['德州', '山东德州'],
      ['乔治亚', '格鲁吉亚'],
      ['Georgia', '格鲁吉亚'],
      ['美国和韩国', '各自适用的补助上限不同'],
      ['香港和美国', '各自适用的补助上限不同'],
    ])('%s is not placed in a group: %s', (raw, why) => {
      const j = classifyJurisdiction(raw);
      expect(j.group).toBe('unknown');
      expect(j.why).toContain(why);
    });

    it('reads 欧洲 said with a member state as that state', () => {
      expect(classifyJurisdiction('欧洲的法国')).toMatchObject({ group: 'us-japan-eu', name: '法国' });
      expect(classifyJurisdiction('美国德州')).toMatchObject({ group: 'us-japan-eu', name: '美国' });
    });

    it('names several countries of one group together', () => {
      expect(classifyJurisdiction('德国、法国')).toMatchObject({ group: 'us-japan-eu', name: '德国、法国' });
    });

    it('says why the United Kingdom and Switzerland are not EU countries', () => {
      expect(classifyJurisdiction('UK').note).toContain('退出欧盟');
      expect(classifyJurisdiction('苏黎世').note).toContain('不是欧盟成员国');
    });
  });

  describe('placeOf and findPlaces', () => {
    it.each([
      ['加州', '美国'],
      ['California', '美国'],
      ['美國', '美国'],
      ['Japan', '日本'],
      ['japan', '日本'],
      ['UPC', '欧盟'],
      ['欧洲', '欧洲'],
      ['德州', '德州'],
      ['黑山', '黑山'],
    ])('%s names %s', (word, name) => {
      expect(placeOf(word)?.name).toBe(name);
    });

    it.each([
      ['我们在美国加州被起诉了', ['美国', '美国']],
      ['在USA打的官司', ['美国']],
      ['官司在Germany', ['德国']],
      ['上海地区的法院判的', []],
      ['内蒙古的企业', []],
      ['河南非遗项目', []],
      ['北京都判了', []],
      ['广东京东的仓库', []],
      ['依法国家规定', []],
      ['马赛克', []],
      ['代理费35万US$', []],
      ['business with us', []],
      ['在马里兰州起诉', ['美国']],
      ['索马里和马里', ['索马里', '马里']],
      ['在黑山县', []],
      ['在德州中院', []],
      ['南非共和国', ['南非']],
      ['Republic of Georgia and New Mexico', ['格鲁吉亚', '美国']],
    ])('finds the places in %s', (text, names) => {
      expect(findPlaces(text).map((m) => m.place.name)).toEqual(names);
    });

    it('leaves domestic names out of the foreign pattern', () => {
      const re = new RegExp(FOREIGN_PLACE_SOURCE);
      expect(re.test('在香港打官司')).toBe(false);
      expect(re.test('台灣')).toBe(false);
      expect(re.test('在泰国打官司')).toBe(true);
      expect(re.test('在美國打官司')).toBe(true);
    });

    it.each([
      ['在japan打的', ['日本']],
      ['united states那边', ['美国']],
      ["Cote d'Ivoire", ['科特迪瓦']],
      ['Côte d’Ivoire', ['科特迪瓦']],
      ['The Hague', ['荷兰']],
      ['Guinea-Bissau', ['几内亚比绍']],
    ])('reads English names as people type them: %s', (text, names) => {
      expect(findPlaces(text).map((m) => m.place.name)).toEqual(names);
    });

    it('keeps the pattern small enough for V8 to optimise (20 KB), with room for the topic cue around it', () => {
      expect(FOREIGN_PLACE_SOURCE.length).toBeLessThan(16_000);
    });

    it('finds a place in a long text in linear time', () => {
      const text = '专利官司代理费'.repeat(20_000);
      const t0 = Date.now();
      expect(findPlaces(text)).toEqual([]);
      expect(Date.now() - t0).toBeLessThan(1000);
    });
  });
});
