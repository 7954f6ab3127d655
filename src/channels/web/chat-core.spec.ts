import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { FACT_QUESTIONS } from '../../rules/profile.schema';

/** The page's shared script, loaded as the browser would (a plain script that sets window.JdChat). */
function loadChatCore() {
  const window: Record<string, any> = {};
  runInNewContext(readFileSync(join(__dirname, 'assets', 'chat-core.js'), 'utf8'), { window });
  return window.JdChat as {
    quickReplies(q: string): string[];
    yuanText(n: number): string;
    callerText(r: unknown): string;
    SESSION_IDLE_MS: number;
  };
}

describe('chat-core.js', () => {
  const core = loadChatCore();

  describe('quick replies, from the wording of the follow-up question', () => {
    it.each([
      ['当年是否新获国家级驰名商标认定？', ['是', '否']],
      ['国外专利诉讼是否最终胜诉（作为原告判定侵权成立，或作为被告判定侵权不成立）？', ['是', '否']],
      ['申报单位属于哪一类：企业、高校、科研机构，还是其他？', ['企业', '高校', '科研机构', '其他']],
      ['当年新承担了哪一级的专利导航项目（省级、市级、区级）？', ['省级', '市级', '区级']],
      ['所牵头的知识产权联盟在哪一级知识产权主管部门备案？', ['国家级', '省级', '市级']],
      ['企业首件发明专利是向高校、科研机构购买的，还是自身新增授权的？', ['向高校、科研机构购买', '自身新增授权']],
      ['请选择「国家级/省级/市级」', ['国家级', '省级', '市级']],
      ['当年新增了多少件高价值发明专利？', []],
      ['国外专利诉讼是在哪个国家或地区？', []],
      // Alternatives named after 是否: which one, not yes/no (是 would not say which level).
      [
        '当年是否新认定为国家级知识产权示范企业、国家级优势企业、省级或市级知识产权示范企业？是哪一项？',
        ['国家级知识产权示范企业', '国家级优势企业', '省级知识产权示范企业', '市级知识产权示范企业', '都没有'],
      ],
      ['企业当年是否新创建省级或市级商业秘密保护示范站点？', ['省级', '市级', '都没有']],
      ['是否新建了国家级或省级知识产权服务业集聚发展示范区？', ['国家级', '省级', '都没有']],
      ['当年是否新认定为国家级或省级知识产权保护规范化市场？', ['国家级', '省级', '都没有']],
      ['园区或产业集聚区当年是否新建成国家商业秘密保护示范基地或省级商业秘密保护示范区？', ['国家商业秘密保护示范基地', '省级商业秘密保护示范区', '都没有']],
      ['是否新认定为国家或省级示范区？', ['国家级', '省级', '都没有']],
      // 或 between things that are not levels: still a yes/no question.
      ['是否首次成功注册了制造业产业集群区域证明商标或集体商标？', ['是', '否']],
      // A figure is asked for too: no yes/no.
      ['是否在欧盟（通过单一国家注册方式提交）、非洲地区工业产权组织或非洲知识产权组织注册商标？各缴纳了多少注册费？', []],
      ['是否有专利？有多少件？', []],
      ['成功注册了几件地理标志证明商标或集体商标？', []],
      ['第1笔贷款：该笔贷款是否按期正常偿还？', ['是', '否']],
      ['当年有哪些知识产权质押贷款？请逐笔说明质押的权项（专利权、商标权等）、本金。', []],
      ['', []],
    ])('%s → %j', (question, options) => {
      expect(core.quickReplies(question)).toEqual(options);
    });

    it('never offers a malformed button for any question the rules ask', () => {
      for (const question of Object.values(FACT_QUESTIONS)) {
        const options = core.quickReplies(question);
        expect(options.length === 0 || (options.length >= 2 && options.length <= 6)).toBe(true);
        for (const option of options) expect(option).toMatch(/^[^，,。；;：:？?（）()%]{1,14}$/);
      }
    });

    it('offers the levels a rule question names instead of yes/no, and never yes/no to a question asking for a figure', () => {
      for (const [fact, question] of Object.entries(FACT_QUESTIONS)) {
        const options = core.quickReplies(question);
        const levelChoice = /是否[^？]*或(?:国家级?|省级|市级|区级)/.test(question);
        if (levelChoice) expect([fact, options]).toEqual([fact, expect.arrayContaining(['都没有'])]);
        if (levelChoice || /多少|几[件项个]/.test(question)) expect([fact, options]).toEqual([fact, expect.not.arrayContaining(['是'])]);
      }
    });
  });

  it('expires a saved conversation no later than the server forgets it (SESSION_TTL_MS in the chat module)', () => {
    const source = readFileSync(join(__dirname, '..', '..', 'chat', 'chat.module.ts'), 'utf8');
    const m = /const SESSION_TTL_MS = ([\d\s*]+);/.exec(source);
    expect(m).not.toBeNull();
    const serverTtl = m![1].split('*').reduce((product, factor) => product * Number(factor.trim()), 1);
    expect(core.SESSION_IDLE_MS).toBe(serverTtl);
  });

  it.each([
    [600000, '60万元（600,000元）'],
    [125000, '12.5万元（125,000元）'],
    [5000, '5,000元'],
    [0, '0元'],
  ])('writes %d yuan as %s', (yuan, text) => {
    expect(core.yuanText(yuan)).toBe(text);
  });

  it('copies plain text with the cited clauses and the draft note', () => {
    const text = core.callerText({
      answer: '**测算可获60万元。**\n## 依据\n依据第2条：“每家奖励60万元”。',
      citations: [
        { clauseId: 'art.2', label: '第2条 培育高价值发明专利', quote: 'a' },
        { clauseId: 'art.2', label: '第2条 培育高价值发明专利', quote: 'b' },
        { clauseId: 'final.stacking', label: '市区奖补叠加与就高原则', quote: 'c' },
      ],
    });
    expect(text).toBe(
      '测算可获60万元。\n依据\n依据第2条：“每家奖励60万元”。\n\n引用条款：第2条 培育高价值发明专利（art.2）；市区奖补叠加与就高原则（final.stacking）\n（依据金东区知识产权政策征求意见稿，仅供参考，以正式文件为准。）',
    );
  });
});
