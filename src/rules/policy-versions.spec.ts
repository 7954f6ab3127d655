import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../config/settings';
import { CorpusService, DEFAULT_CORPUS_DIR, loadCorpus } from '../corpus/corpus.service';
import { COMMON_CAVEATS, versionTip } from './caveats';
import { ART1 } from './items/art-01.params';
import { BASE_POLICY_VERSION } from './policy-version';
import { RULES } from './rules.registry';
import { beijingDay, RulesService } from './rules.service';
import {
  DRAFT_AWARDS,
  DRAFT_ID,
  FINAL_AWARDS,
  FINAL_FROM,
  FINAL_ID,
  FINAL_PARAMS,
  FINAL_PREFIX,
  FINAL_TO,
  policyVersionFixture,
} from './testing/policy-version-fixture';

const PARAMS = RULES.flatMap((r) => r.params);

/** The facts of the first tier of art.1 (≥10 patents, +5 this year): 12万元 in the draft. */
const TIER1 = {
  ipManagementStandardCertified: true,
  selfDevelopedInventionPatentsCount: 12,
  selfDevelopedInventionPatentsLastYearCount: 6,
  annualSalesYuan: 8_000_000,
  patentProductSalesPercent: 30,
  ipStaffTrainingRatePercent: 100,
};

/** A RulesService over `dir` whose clock says `day` (noon, Beijing time). */
function rulesOn(dir: string, day: { now: string }): RulesService {
  return new RulesService(new CorpusService(loadSettings({ CORPUS_DIR: dir })), () => new Date(`${day.now}T12:00:00+08:00`));
}

/** One service per describe, started before its tests and stopped after them, as an app would. */
function running(start: () => RulesService): () => RulesService {
  let service: RulesService | undefined;
  beforeAll(() => {
    service = start();
  });
  afterAll(() => service?.onModuleDestroy());
  return () => service!;
}

describe('policy versions: the draft alone', () => {
  const rules = running(() => new RulesService(new CorpusService(loadSettings({}))));

  it('gives every parameter the draft as its document and no dates (the text leaves them blank)', () => {
    const missing = PARAMS.filter((p) => p.document !== DRAFT_ID || p.effective.from !== null || p.effective.to !== null).map((p) => p.id);
    expect(missing).toEqual([]);
    // …also as the API sends them.
    const listed = rules().catalogue().flatMap((r) => r.parameters);
    expect(listed.length).toBe(PARAMS.length);
    expect(listed.every((p) => p.document === DRAFT_ID && JSON.stringify(p.effective) === '{"from":null,"to":null}')).toBe(true);
  });

  it('keeps the code’s copy of the draft’s metadata equal to corpus/', () => {
    const meta = JSON.parse(readFileSync(join(DEFAULT_CORPUS_DIR, 'jindong-ip-policy-2023-draft.meta.json'), 'utf8'));
    expect(meta.version).toEqual({ id: BASE_POLICY_VERSION.id, supersedes: null, effective: BASE_POLICY_VERSION.effective });
    expect({ title: meta.title, shortTitle: meta.shortTitle, status: meta.status, implementationDate: meta.implementationDate }).toEqual({
      title: BASE_POLICY_VERSION.title,
      shortTitle: BASE_POLICY_VERSION.shortTitle,
      status: BASE_POLICY_VERSION.status,
      implementationDate: null,
    });
    expect(rules().policyVersions()).toEqual([BASE_POLICY_VERSION]);
  });

  it.each(['2023-01-01', '2025-01-01', '2099-12-31'])('calculates with the draft on %s and says so', (day) => {
    const calc = rules().run(rules().get('patent-intensive-enterprise'), TIER1, day);
    expect(calc.amountYuan).toBe(120000);
    expect(calc.policyVersion).toEqual({ id: DRAFT_ID, title: BASE_POLICY_VERSION.title, status: '征求意见稿' });
    expect(calc.caveats[0]).toBe(COMMON_CAVEATS[0].text);
  });

  it('lists no change between the draft and itself, or today', () => {
    expect(rules().changes(DRAFT_ID, DRAFT_ID).changes).toEqual([]);
    expect(rules().changes().changes).toEqual([]);
    expect(rules().changes('2024-01-01', '2030-01-01')).toMatchObject({ from: { id: DRAFT_ID }, to: { id: DRAFT_ID }, changes: [] });
  });

  it('refuses an unknown version in Chinese, naming the ones there are', () => {
    expect(() => rules().changes('jindong-ip-2030')).toThrow('未找到政策版本“jindong-ip-2030”（from）。可用的版本：jindong-ip-2023-draft');
  });

  it('keeps the chat tip of the draft word for word', () => {
    expect(versionTip()).toBe('本政策为征求意见稿，金额以正式印发的文件为准');
    expect(versionTip({ status: '正式' })).not.toContain('征求意见稿');
  });

  it('takes “today” in Beijing time', () => {
    expect(beijingDay(new Date('2024-12-31T16:00:00Z'))).toBe('2025-01-01');
    expect(beijingDay(new Date('2024-12-31T15:59:59Z'))).toBe('2024-12-31');
  });
});

describe('policy versions: a later version added as data', () => {
  const clock = { now: '2024-06-30' };
  const rules = running(() => rulesOn(policyVersionFixture(), clock));

  // Before the implementation date the draft applies; from that day (inclusive) the issued version.
  it.each([
    ['2024-06-30', DRAFT_ID, '征求意见稿', 120000, 'art.1.1', DRAFT_AWARDS],
    ['2024-12-31', DRAFT_ID, '征求意见稿', 120000, 'art.1.1', DRAFT_AWARDS],
    [FINAL_FROM, FINAL_ID, '正式', 150000, `${FINAL_PREFIX}art.1.1`, FINAL_AWARDS],
    ['2026-05-01', FINAL_ID, '正式', 150000, `${FINAL_PREFIX}art.1.1`, FINAL_AWARDS],
  ] as const)('on %s uses %s (%s): %i yuan, quoting %s', (day, version, status, amount, clauseId, quote) => {
    clock.now = day;
    const calc = rules().calculate('patent-intensive-enterprise', TIER1);
    expect(calc).toMatchObject({ status: 'eligible', amountYuan: amount, policyVersion: { id: version, status } });
    expect(calc.citations).toContainEqual({ clauseId, label: '第1条第1款 支持培育专利密集型企业', quote });
    expect(calc.explanation).toContain(`测算可获${amount / 10000}万元`);
    expect(calc.explanation).not.toContain(FINAL_PREFIX);
    expect(calc.caveats[0]).toContain(status === '正式' ? '本测算依据正式印发的《金东区知识产权高质量发展政策意见》（自2025年1月1日起施行，有效期至2027年12月31日）' : '征求意见稿');
    // Parameters read outside a calculation (catalogue, the chat's checks) follow the same day.
    expect(rules().describe('patent-intensive-enterprise').parameters.find((p) => p.id === 'art1.tier1Award')).toMatchObject({ value: amount, quote, document: version });
    expect(ART1.tier1Award).toMatchObject({ value: amount, quote, clauseId, document: version });
  });

  it('cites unchanged figures from the later text once it applies', () => {
    clock.now = '2026-05-01';
    const calc = rules().calculate('high-value-patents', { newHighValueInventionPatentsCount: 35 });
    expect(calc.amountYuan).toBe(600000);
    expect(calc.citations).toContainEqual(expect.objectContaining({ clauseId: `${FINAL_PREFIX}art.2`, quote: '每家奖励60万元' }));
    const param = rules().describe('high-value-patents').parameters.find((p) => p.id === 'art2.tier2Award');
    expect(param).toMatchObject({ document: FINAL_ID, effective: { from: FINAL_FROM, to: FINAL_TO } });
  });

  it('lists what changed, by version id or by date, and nothing the other way round that did not', () => {
    const byIds = rules().changes(DRAFT_ID, FINAL_ID);
    expect(byIds.from).toMatchObject({ id: DRAFT_ID, status: '征求意见稿', effective: { from: null, to: null } });
    expect(byIds.to).toMatchObject({ id: FINAL_ID, status: '正式', effective: { from: FINAL_FROM, to: FINAL_TO } });
    expect(byIds.changes.map((c) => [c.id, c.from.value, c.to.value])).toEqual([
      ['art1.tier1Award', 120000, 150000],
      ['art1.tier2Award', 80000, 80000],
      ['art1.tier3Award', 50000, 50000],
    ]);
    expect(byIds.changes[0]).toEqual({
      id: 'art1.tier1Award',
      label: '第一档资助',
      unit: 'yuan',
      clauseId: 'art.1.1',
      ruleIds: ['patent-intensive-enterprise'],
      from: { value: 120000, quote: DRAFT_AWARDS, clauseId: 'art.1.1', version: DRAFT_ID },
      to: { value: 150000, quote: FINAL_AWARDS, clauseId: `${FINAL_PREFIX}art.1.1`, version: FINAL_ID },
    });
    expect(rules().changes('2024-12-31', FINAL_FROM).changes).toEqual(byIds.changes);
    expect(rules().changes(FINAL_ID, DRAFT_ID).changes.map((c) => [c.from.value, c.to.value])[0]).toEqual([150000, 120000]);
    expect(rules().changes(FINAL_ID, FINAL_ID).changes).toEqual([]);
  });
});

describe('policy versions: a changed cap reaches the amount and the words around it', () => {
  const CAP = '美国、日本、欧盟国家最高不超过40万元';
  const clock = { now: '2024-01-01' };
  const rules = running(() =>
    rulesOn(
      policyVersionFixture({
        edits: [['美国、日本、欧盟国家最高不超过30万元', CAP]],
        params: { ...FINAL_PARAMS, 'art13.foreignCapUsJapanEu': { value: 400000, quote: CAP, clauseId: 'art.13' } },
      }),
      clock,
    ),
  );
  const abroad = (country: string) => ({ foreignPatentSuitCountry: country, foreignPatentSuitFavourable: true, foreignPatentSuitAgencyFeesYuan: 2_000_000 });

  // 200万元 × 25% = 50万元, capped at the version's cap; a place that may be either group asks, naming both caps.
  it.each([
    ['2024-01-01', 300000, '美国、日本、欧盟国家最高30万元'],
    ['2025-06-01', 400000, '美国、日本、欧盟国家最高40万元'],
  ])('on %s the US cap is %i and the question names it', (day, cap, words) => {
    clock.now = day;
    expect(rules().calculate('patent-litigation-abroad', abroad('美国')).capApplied).toEqual([expect.objectContaining({ capYuan: cap, uncappedYuan: 500000 })]);
    const asks = rules().calculate('patent-litigation-abroad', abroad('欧洲'));
    expect(asks.status).toBe('needs-info');
    expect(asks.needsInfo[0].question).toContain(words);
  });
});

describe('policy versions: refused at start-up, in Chinese', () => {
  const start = (dir: string) => () => rulesOn(dir, { now: '2026-01-01' }).onModuleDestroy();

  it.each([
    [
      'a quote that is not in the version’s own text',
      { params: { ...FINAL_PARAMS, 'art1.tier1Award': { value: 150000, quote: '分别给予15万元资助', clauseId: 'art.1.1' } } },
      '参数 art1.tier1Award 的原文“分别给予15万元资助”不在版本 jindong-ip-2025 的条款 art.1.1',
    ],
    [
      'a quote cited from the wrong clause',
      { params: { ...FINAL_PARAMS, 'art1.tier1Award': { value: 150000, quote: FINAL_AWARDS, clauseId: 'art.2' } } },
      '不在版本 jindong-ip-2025 的条款 art.2',
    ],
    [
      'a figure the quote does not hold',
      { params: { ...FINAL_PARAMS, 'art1.tier1Award': { value: 160000, quote: FINAL_AWARDS, clauseId: 'art.1.1' } } },
      '参数 art1.tier1Award（第一档资助）的值 160000 与原文“分别给予15万元、8万元和5万元资助”中的数字不符',
    ],
    ['an unknown parameter', { params: { ...FINAL_PARAMS, 'art1.nope': { value: 10, quote: '不少于10件', clauseId: 'art.1.3' } } }, '未知的参数 art1.nope'],
    [
      'a figure changed in the text but not listed',
      { params: FINAL_PARAMS, edits: [['每家奖励60万元', '每家奖励70万元']] as Array<[string, string]> },
      '找不到参数 art2.tier2Award（新增30件以上奖励）沿用的原文“每家奖励60万元”',
    ],
    ['a sentence changed but not listed', { params: null }, '找不到参数 art1.tier1Award（第一档资助）沿用的原文“分别给予12万元、8万元和5万元资助”'],
    ['a version replacing one that is not there', { meta: { version: { id: FINAL_ID, supersedes: 'jindong-ip-2020', effective: { from: FINAL_FROM, to: null } } } }, '所替代的版本 jindong-ip-2020 不存在'],
    [
      'a later version without an implementation date',
      { meta: { implementationDate: null, version: { id: FINAL_ID, supersedes: DRAFT_ID, effective: { from: null, to: null } } } },
      '须写明实施日期',
    ],
    ['an implementation date that differs from the period', { meta: { implementationDate: '2025-02-01' } }, 'version.effective.from 应与实施日期 implementationDate 相同'],
    ['a params file whose version is not its name', { paramsVersion: 'jindong-ip-2026' }, '文件名应为 jindong-ip-2026.params.json'],
    ['the same clause ids without a prefix', { meta: { clauseIdPrefix: '' } }, 'clauseIdPrefix'],
  ])('%s', (_name, options, message) => {
    expect(start(policyVersionFixture(options))).toThrow(message);
  });

  it('a params file for the draft, whose figures are the code’s', () => {
    const dir = policyVersionFixture();
    writeFileSync(join(dir, `${DRAFT_ID}.params.json`), JSON.stringify({ version: DRAFT_ID, params: {} }));
    expect(() => loadCorpus(dir)).toThrow(`${DRAFT_ID} 是第一个版本，它的参数写在代码（src/rules/items/art-NN.params.ts）中`);
  });
});
