import { cutAtBoundary, fitWeChatText, renderWeChatText, stripMarkdown, truncateUtf8, utf8Bytes, WECHAT_TEXT_MAX_BYTES } from './wechat-reply-text';

const citation = (clauseId: string, label: string) => ({ clauseId, label, quote: '…' });

describe('stripMarkdown', () => {
  it('removes Markdown markers and keeps the words, numbers and quotes', () => {
    const md = [
      '## 测算结果',
      '',
      '**可获60万元**，依据 *第2条*。',
      '- 新增35件，达到30件',
      '* 未达到50件',
      '> “对当年新增高价值发明专利30件以上的，每家奖励60万元”',
      '---',
      '| 项目 | 金额 |',
      '| --- | ---: |',
      '| 第2条 | 60万元 |',
      '详见[政策原文](https://example.gov.cn/p) 与 `art.2`。',
      '```',
      '代码块',
      '```',
    ].join('\n');
    expect(stripMarkdown(md)).toBe(
      [
        '测算结果',
        '',
        '可获60万元，依据 第2条。',
        '· 新增35件，达到30件',
        '· 未达到50件',
        '“对当年新增高价值发明专利30件以上的，每家奖励60万元”',
        '项目  金额',
        '第2条  60万元',
        '详见政策原文（https://example.gov.cn/p） 与 art.2。',
        '代码块',
      ].join('\n'),
    );
  });

  it('leaves plain text, and asterisks used as multiplication, alone', () => {
    expect(stripMarkdown('500万 * 3.45% * 80% = 13.8万元')).toBe('500万 * 3.45% * 80% = 13.8万元');
    expect(stripMarkdown('第一行\n· 第二行')).toBe('第一行\n· 第二行');
  });
});

describe('truncateUtf8', () => {
  it('never splits a character and stays within the byte budget', () => {
    const text = '专利😀a'.repeat(300);
    for (const max of [0, 1, 2, 3, 4, 5, 7, 100, 2047]) {
      const cut = truncateUtf8(text, max);
      expect(utf8Bytes(cut)).toBeLessThanOrEqual(max);
      expect(text.startsWith(cut)).toBe(true);
      expect(cut).not.toMatch(/[\ud800-\udbff]$/);
    }
  });
});

describe('renderWeChatText', () => {
  it('names cited clauses the answer does not already name and adds the draft note', () => {
    const text = renderWeChatText({
      answer: '**可获60万元**。',
      citations: [citation('art.2', '第2条 培育高价值发明专利'), citation('final.stacking', '市区奖补叠加与就高原则')],
    });
    expect(text).toBe('可获60万元。\n\n条款依据：第2条 培育高价值发明专利；市区奖补叠加与就高原则\n\n提示：本政策为征求意见稿，内容以正式印发的文件为准。');
  });

  it('adds nothing when the answer already names the clauses and the draft status', () => {
    const answer = '依据第4条第1款：“……”\n提示：本政策为征求意见稿。';
    expect(renderWeChatText({ answer, citations: [citation('art.4.1', '第4条第1款 深化知识产权金融发展')] })).toBe(answer);
  });

  it('adds no draft note to an answer without citations (a greeting, an out-of-scope reply)', () => {
    expect(renderWeChatText({ answer: '您好！', citations: [] })).toBe('您好！');
  });

  it('shortens a long answer to 2047 bytes, keeps the clause list and links the web page', () => {
    const answer = `${'依据第2条，高价值发明专利奖励按件数分档。'.repeat(200)}结尾`;
    const text = renderWeChatText(
      { answer, citations: [citation('art.16.1', '第16条第1款 实施品牌标准培育战略')] },
      { webPageUrl: 'https://ip.jindong.gov.cn/' },
    );
    expect(utf8Bytes(text)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    expect(utf8Bytes(text)).toBeGreaterThan(WECHAT_TEXT_MAX_BYTES - 100); // cut at a sentence end near the limit
    expect(text).toContain('完整答复请访问：https://ip.jindong.gov.cn/');
    expect(text).toContain('条款依据：第16条第1款 实施品牌标准培育战略');
    expect(text).toContain('征求意见稿');
    expect(text).not.toContain('结尾');
    expect(text.startsWith('依据第2条，高价值发明专利奖励按件数分档。')).toBe(true);
  });

  it('lists a clause that only the cut-off part of the answer named', () => {
    const answer = `依据第2条：${'甲'.repeat(700)}\n依据第16条第1款：获得国家级驰名商标的奖励120万元。`;
    const text = renderWeChatText({
      answer,
      citations: [citation('art.2', '第2条 培育高价值发明专利'), citation('art.16.1', '第16条第1款 实施品牌标准培育战略')],
    });
    expect(utf8Bytes(text)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    expect(text).not.toContain('120万元');
    expect(text).toContain('条款依据：第16条第1款 实施品牌标准培育战略');
    expect(text).not.toContain('条款依据：第2条');
  });

  it('still fits when there is no web page to link', () => {
    const text = fitWeChatText('长'.repeat(1000), () => []);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    expect(text).toContain('已截断');
  });
});

describe('cutAtBoundary', () => {
  it('prefers the end of a line, then of a sentence', () => {
    expect(cutAtBoundary('第一行很长很长很长\n第二行很长很长很长', 33)).toBe('第一行很长很长很长');
    expect(cutAtBoundary('第一句很长很长很长。第二句很长很长很长', 40)).toBe('第一句很长很长很长。');
  });

  it('never ends on the front part of a number', () => {
    const text = `${'说明'.repeat(10)}每家奖励100万元`;
    for (let max = 40; max < utf8Bytes(text); max++) expect(cutAtBoundary(text, max)).not.toMatch(/[0-9万]$/);
    expect(cutAtBoundary(`${'说明'.repeat(10)}每家奖励一百二十万元`, 78)).toMatch(/奖励$/);
  });
});
