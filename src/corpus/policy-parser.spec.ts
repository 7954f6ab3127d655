import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentMetaSchema } from './document-meta.schema';
import { chineseOrdinal, parsePolicy } from './policy-parser';
import { normalizeDocument } from './text-normalize';

const corpusDir = join(__dirname, '..', '..', 'corpus');
const meta = documentMetaSchema.parse(JSON.parse(readFileSync(join(corpusDir, 'jindong-ip-policy-2023-draft.meta.json'), 'utf8')));
const cleanText = readFileSync(join(corpusDir, meta.file), 'utf8');
const rawText = readFileSync(join(corpusDir, meta.source!), 'utf8');
const parsed = parsePolicy(cleanText, meta);
const byId = new Map(parsed.clauses.map((c) => [c.id, c]));
const clause = (id: string) => {
  const c = byId.get(id);
  if (!c) throw new Error(`missing ${id}`);
  return c;
};

describe('parsePolicy on the district policy', () => {
  it('produces exactly the clause ids of docs/api.md, in document order', () => {
    expect(parsed.clauses.map((c) => c.id)).toEqual([
      'title', 'preamble', 'goal', 'goal.1', 'goal.2', 'goal.3', 'goal.4',
      'art.1', 'art.1.1', 'art.1.2', 'art.1.3', 'art.1.4', 'art.1.5', 'art.2', 'art.3', 'art.3.1', 'art.3.2',
      'art.4', 'art.4.1', 'art.4.2', 'art.4.3', 'art.5', 'art.6', 'art.6.1', 'art.6.2', 'art.6.3', 'art.6.4',
      'art.7', 'art.8', 'art.9', 'art.10', 'art.11', 'art.12', 'art.13', 'art.14', 'art.15',
      'art.16', 'art.16.1', 'art.16.2', 'org.1', 'org.2', 'org.3', 'final.validity', 'final.stacking',
    ]);
  });

  it('keeps the exact text of clauses', () => {
    expect(clause('title').text).toBe('金华市金东区人民政府关于促进知识产权高质量发展的若干政策意见（征求意见稿）');
    expect(clause('art.4.2').text).toBe(
      '企业购买知识产权保险，根据《中共金华市委科技强市建设领导小组关于加快补齐科技创新短板的政策意见》（金委科领〔2022〕1号）规定，按年度保费的50%予以补助，单个企业每年最高补助10万元。',
    );
    expect(clause('art.16.2').text).toBe(
      '推进地理标志富农集成改革，对成功注册地理标志证明商标或集体商标的，每件给予一次性资助10万元。对新建或上年度绩效评价为优秀的省级品牌指导服务站，给予5万元/家的奖励。对获得绿色产品认证证书的企业或组织，每家给予一次性补助10万元。对获得浙江制造国际互认证书的企业，每家给予一次性补助2万元。',
    );
    expect(clause('art.3.2').text).toBe('对新认定的市级知识产权示范企业每家奖励5万。');
    expect(clause('art.1.3').text).toBe(
      '（2）专利创造：第一档是累计拥有自主研发的有效发明专利不少于10件且比上年同比增长5件以上。第二档是累计拥有自主研发的有效发明专利不少于5件且比上年同比增长3件以上。第三档是累计拥有自主研发的有效发明专利不少于3件且比上年同比增长2件以上。',
    );
    expect(clause('final.validity').text).toBe(
      '本意见自2023年 月 日起实施，有效期3年。本意见实施前区政府及其工作部门已出台的文件所涉及奖补标准与本意见不一致的，以本意见为准。',
    );
    expect(clause('final.stacking').text.startsWith('同一单位同一事项符合市、区多项奖补政策的')).toBe(true);
    expect(clause('preamble').text.split('\n')).toHaveLength(2);
    expect(clause('org.1').text.split('\n')[0]).toBe('（一）加强组织领导');
  });

  it('an item with several paragraphs is the paragraphs joined, each also a clause of its own', () => {
    const art4 = clause('art.4');
    expect(art4.childIds).toEqual(['art.4.1', 'art.4.2', 'art.4.3']);
    expect(art4.text).toBe(art4.childIds.map((id) => clause(id).text).join('\n'));
    expect(clause('art.4.3').parentId).toBe('art.4');
    expect(clause('art.2').childIds).toEqual([]);
  });

  it('labels and heading paths', () => {
    expect(clause('art.4').label).toBe('第4条 深化知识产权金融发展');
    expect(clause('art.4.2').label).toBe('第4条第2款 深化知识产权金融发展');
    expect(clause('art.1').label).toBe('第1条 支持培育专利密集型企业');
    expect(clause('art.4').headingPath).toEqual(['二、主要任务', '（二）鼓励知识产权运用', '4.深化知识产权金融发展']);
    expect(clause('art.13').headingPath).toEqual(['二、主要任务', '（三）加强知识产权保护', '13.完善知识产权维权援助机制']);
    expect(clause('art.6.3').headingPath.at(-2)).toBe('6.加强专利信息分析利用');
    expect(clause('goal.1').label).toBe('总体目标（一）知识产权创造能力大幅提升');
    expect(clause('org.3').headingPath).toEqual(['三、组织保障', '（三）营造良好氛围']);
    expect(clause('final.stacking').label).toBe('市区奖补叠加与就高原则');
  });

  it('copes with the missing （一） heading: items 1–3 sit directly under 二、主要任务, with a warning', () => {
    expect(clause('art.1').headingPath).toEqual(['二、主要任务', '1.支持培育专利密集型企业']);
    expect(clause('art.3').headingPath).toEqual(['二、主要任务', '3.实施知识产权强企工程']);
    expect(parsed.warnings).toEqual(['「二、主要任务」缺少小标题（一），原文第3条之后直接出现（二）']);
  });

  it('keeps the signature out of the clauses', () => {
    expect(parsed.signature).toEqual(['金华市金东区人民政府', '2023年 月 日']);
    expect(clause('final.stacking').text).not.toContain('人民政府\n');
  });

  it('parses the raw Word export (bookmark, stray spaces) into the same clauses as the cleaned copy', () => {
    expect(rawText.startsWith('[bookmark: _GoBack]')).toBe(true);
    expect(rawText).toContain('不少于10 件');
    expect(parsePolicy(rawText, meta)).toEqual(parsed);
    expect(normalizeDocument(rawText)).toBe(cleanText);
  });
});

describe('parsePolicy on another document (metadata only, no code)', () => {
  const otherMeta = documentMetaSchema.parse({
    id: 'city-doc',
    file: 'x.txt',
    title: '某市政策',
    shortTitle: '某市政策',
    issuer: '某市人民政府',
    status: '正式',
    implementationDate: '2021-05-01',
    validityYears: 3,
    clauseIdPrefix: 'city:',
    structure: {
      sections: [{ heading: '一、扶持措施', itemIdPrefix: 'art' }],
      closing: [{ id: 'final', startsWith: '本意见自', label: '附则' }],
    },
  });
  const text = [
    '某市关于推动创新的若干政策意见',
    '为推动创新，制定本意见。',
    '一、扶持措施',
    '（一）支持研发',
    '1.研发补助。按研发投入的 10 %给予补助。',
    '第二段：最高 100 万元。',
    '2.人才奖励。每人奖励 5 万元。',
    '二、保障',
    '（一）加强领导。成立领导小组。',
    '本意见自2021年5月1日起施行。',
    '某市人民政府',
    '2021年4月1日',
  ].join('\n');
  const doc = parsePolicy(text, otherMeta);

  it('applies the prefix, the item scheme, default subsection ids and closing clauses', () => {
    expect(doc.clauses.map((c) => c.id)).toEqual([
      'city:title', 'city:preamble', 'city:art.1', 'city:art.1.1', 'city:art.1.2', 'city:art.2', 'city:sec2.1', 'city:final',
    ]);
    const art1 = doc.clauses.find((c) => c.id === 'city:art.1')!;
    expect(art1.headingPath).toEqual(['一、扶持措施', '（一）支持研发', '1.研发补助']);
    expect(doc.clauses.find((c) => c.id === 'city:art.1.1')!.text).toBe('1.研发补助。按研发投入的10%给予补助。');
    expect(doc.clauses.every((c) => c.docId === 'city-doc')).toBe(true);
    expect(doc.warnings).toEqual([]);
    expect(doc.signature).toEqual(['某市人民政府', '2021年4月1日']);
  });

  it('rejects a document whose ids collide', () => {
    const dup = '标题\n一、扶持措施\n1.甲。\n1.乙。\n';
    expect(() => parsePolicy(dup, otherMeta)).toThrow('条款编号重复：city:art.1');
  });
});

describe('chineseOrdinal', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23],
  ])('%s → %d', (s, n) => expect(chineseOrdinal(s)).toBe(n));
});
