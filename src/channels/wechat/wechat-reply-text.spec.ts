import {
  clauseLine,
  cutAtBoundary,
  fitWeChatText,
  fullAnswerLink,
  MIN_BODY_BYTES,
  renderWeChatText,
  stripMarkdown,
  truncateUtf8,
  utf8Bytes,
  webPageLink,
  WECHAT_TEXT_MAX_BYTES,
} from './wechat-reply-text';

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

  it('with very many citations keeps part of the body, whole clause labels only, and the draft note', () => {
    const citations = Array.from({ length: 150 }, (_, i) =>
      citation(`art.${i + 1}`, `第${i + 1}条第${(i % 3) + 1}款 ${'知识产权运用与保护专项支持措施'.slice(0, 8 + (i % 7))}`),
    );
    const answer = `${'依据相关条款，企业可按规定申请奖补。'.repeat(120)}结尾`;
    const text = renderWeChatText({ answer, citations }, { webPageUrl: 'https://x.gov.cn/ipzc/' });
    expect(utf8Bytes(text)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    const [body] = text.split('……（内容较长');
    expect(utf8Bytes(body)).toBeGreaterThanOrEqual(MIN_BODY_BYTES - 60); // cut at a sentence end at or below the floor
    expect(body.startsWith('依据相关条款，企业可按规定申请奖补。')).toBe(true);
    expect(text).toContain('完整答复请访问：https://x.gov.cn/ipzc/');
    expect(text.endsWith('提示：本政策为征求意见稿，内容以正式印发的文件为准。')).toBe(true);
    const line = text.split('\n\n').find((l) => l.startsWith('条款依据：')) ?? '';
    expect(line).not.toBe('');
    // Every item listed is a whole clause reference from the citations, never a cut one.
    const refs = new Set(citations.map((c) => c.label.split(' ')[0]));
    expect(line).toMatch(/^条款依据：第1条第1款；第2条第2款；.*等共150项（详见网页版）$/);
    const listed = line.replace(/^条款依据：/, '').replace(/等共150项（详见网页版）$/, '').split('；');
    for (const item of listed) expect(refs.has(item)).toBe(true);
  });

  it('lists every clause by number when the labels do not fit but the numbers do', () => {
    const citations = Array.from({ length: 30 }, (_, i) => citation(`art.${i + 1}`, `第${i + 1}条 ${'很长的条款标题'.repeat(3)}`));
    const text = renderWeChatText({ answer: '依据如下。'.repeat(300), citations });
    expect(utf8Bytes(text)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    expect(text).toContain(`条款依据：${citations.map((_, i) => `第${i + 1}条`).join('；')}`);
    expect(text).toContain('征求意见稿');
  });

  it('still fits when there is no web page to link', () => {
    const text = fitWeChatText('长'.repeat(1000), () => ({ clauses: [], notes: [] }));
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

describe('clauseLine', () => {
  it('keeps whole labels, then whole numbers, then says how many there are', () => {
    const labels = ['第1条 甲甲甲', '第2条第1款 乙乙乙', '市区奖补叠加与就高原则'];
    expect(clauseLine(labels, 1000)).toBe('条款依据：第1条 甲甲甲；第2条第1款 乙乙乙；市区奖补叠加与就高原则');
    expect(clauseLine(labels, 80)).toBe('条款依据：第1条；第2条第1款；市区奖补叠加与就高原则');
    expect(clauseLine(labels, 72)).toBe('条款依据：第1条；第2条第1款等共3项（详见网页版）');
    expect(clauseLine(labels, 60)).toBe('条款依据：第1条等共3项（详见网页版）');
    expect(clauseLine(labels, 5)).toBe('');
    expect(clauseLine([], 1000)).toBe('');
  });
});

describe('fullAnswerLink', () => {
  it('asks the question again on the web page (?q=), keeping the configured query; a long question gets the bare page', () => {
    const q = '今年新增高价值发明专利35件，能奖励多少？';
    expect(fullAnswerLink('https://x.gov.cn/ipzc/', q)).toBe(`https://x.gov.cn/ipzc/?q=${new URLSearchParams({ q }).toString().slice(2)}`);
    expect(new URL(fullAnswerLink('https://x.gov.cn/ipzc/?from=wechat', q)).searchParams.get('from')).toBe('wechat');
    expect(new URL(fullAnswerLink('https://x.gov.cn/ipzc/?from=wechat', q)).searchParams.get('q')).toBe(q);
    expect(fullAnswerLink('https://x.gov.cn/ipzc/', '专'.repeat(81))).toBe('https://x.gov.cn/ipzc/');
    expect(fullAnswerLink('https://x.gov.cn/ipzc/', '  ')).toBe('https://x.gov.cn/ipzc/');
  });

  it('the shortened reply links the question and still fits 2047 bytes', () => {
    const question = '专'.repeat(80);
    const answer = `${'依据第2条，高价值发明专利奖励按件数分档。'.repeat(200)}结尾`;
    const text = renderWeChatText({ answer, citations: [citation('art.2', '第2条 培育高价值发明专利')] }, { webPageUrl: 'https://x.gov.cn/ipzc/', question });
    expect(utf8Bytes(text)).toBeLessThanOrEqual(WECHAT_TEXT_MAX_BYTES);
    expect(text).toContain(`完整答复请访问：https://x.gov.cn/ipzc/?q=${encodeURIComponent(question)}`);
  });
});

describe('webPageLink', () => {
  it('keeps the configured sub-path and adds only a missing final slash', () => {
    expect(webPageLink('https://x.gov.cn/ipzc/')).toBe('https://x.gov.cn/ipzc/');
    expect(webPageLink('https://x.gov.cn/ipzc')).toBe('https://x.gov.cn/ipzc/');
    expect(webPageLink('https://ip.jindong.gov.cn')).toBe('https://ip.jindong.gov.cn/');
    expect(webPageLink('https://x.gov.cn/ipzc/?from=wechat')).toBe('https://x.gov.cn/ipzc/?from=wechat');
  });
});
