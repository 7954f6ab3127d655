import { AIMessage, HumanMessage, ToolMessage } from 'langchain';
import { CorpusService } from '../../corpus/corpus.service';
import { NoopChatMetrics } from '../../observability/metrics/chat-metrics.port';
import { newSession } from '../chat-session';
import { buildChatParts } from '../testing/build-chat-tools';
import { callTools, reply, ScriptedChatModel, ScriptStep } from '../testing/scripted-chat-model';
import { ChatTools } from '../tools/chat-tools';
import { ChatModelPort } from './chat-model.port';
import { LlmFailure } from './guard-middleware';
import { LlmDecider } from './llm-decider';
import { loadPrompts } from './prompts';

describe('LlmDecider (agent loop with a scripted model)', () => {
  let tools: ChatTools;
  let corpus: CorpusService;
  beforeAll(async () => {
    ({ tools, corpus } = await buildChatParts());
  });

  function decider(steps: ScriptStep[], maxModelCalls = 6) {
    const model = new ScriptedChatModel(steps);
    const port: ChatModelPort = { model };
    const d = new LlmDecider(port, tools, loadPrompts(), corpus, { maxModelCalls, turnTimeoutMs: 5_000 }, new NoopChatMetrics());
    return { d, model };
  }

  const HIGH_VALUE = { name: 'calculate_high-value-patents', args: { newHighValueInventionPatentsCount: 35 } };
  const question = '我们今年新增高价值发明专利35件，能奖多少？';

  it('a numeric question: one tool call, one answer, the amount from the rule, the clause from the corpus', async () => {
    const { d, model } = decider([callTools(HIGH_VALUE), reply((r) => `可获得${(r[0] as { amountYuan: number }).amountYuan / 10_000}万元奖励（第2条）。`)]);
    const turn = await d.decide(question, newSession('s'));
    expect(model.calls).toHaveLength(2);
    expect(turn.modelCalls).toBe(2);
    expect(turn.calculations).toMatchObject([{ ruleId: 'high-value-patents', eligible: true, amountYuan: 600_000 }]);
    expect(turn.answer).toContain('60万元');
    expect(turn.answer).toContain('征求意见稿');
    expect(turn.citations.map((c) => c.clauseId)).toContain('art.2');
    for (const c of turn.citations) expect(corpus.get(c.clauseId).text).toBe(c.quote);
    expect(turn.outcome).toBe('answered');
  });

  it('an invented amount without a tool call is sent back once with a correction, then grounded', async () => {
    const { d, model } = decider([reply('可以拿100万元。'), callTools(HIGH_VALUE), reply('按第2条可获得60万元。')]);
    const turn = await d.decide(question, newSession('s'));
    const correction = model.calls[1].at(-1);
    expect(HumanMessage.isInstance(correction) && String(correction.content)).toContain('100万元');
    expect(turn.answer).not.toContain('100万');
    expect(turn.answer).toContain('60万元');
  });

  it('gives up after a second ungrounded answer', async () => {
    const { d } = decider([reply('可以拿100万元。'), reply('确实是100万元。')]);
    await expect(d.decide(question, newSession('s'))).rejects.toMatchObject({ reason: 'grounding' });
  });

  it('a tool call with a number the user never gave is not executed; the user is asked instead', async () => {
    const { d, model } = decider([
      callTools({ name: 'calculate_patent-intensive-enterprise', args: { annualSalesYuan: 50_000_000, inventionPatentsCount: 30 } }),
      reply('请问贵单位上年度的销售收入是多少？'),
    ]);
    const turn = await d.decide('我们有30件发明专利，能评专利密集型企业拿钱吗', newSession('s'));
    const toolMessage = model.calls[1].find((m) => ToolMessage.isInstance(m));
    expect(String(toolMessage?.content)).toContain('annualSalesYuan=50000000');
    expect(turn.calculations).toEqual([]);
    expect(turn.needsInfo.map((n) => n.fact)).toEqual(['annualSalesYuan']);
    expect(turn.outcome).toBe('asked-for-facts');
  });

  it('answers unknown tools and invalid arguments in Chinese instead of failing', async () => {
    const { d, model } = decider([
      callTools({ name: 'calculate_everything', args: {} }, { name: 'calculate_ip-insurance', args: { ipInsurancePremiumYuan: 'lots' } }),
      reply('抱歉，请告诉我保费金额。'),
    ]);
    const turn = await d.decide('知识产权保险能补多少', newSession('s'));
    const [unknown, invalid] = model.calls[1].filter((m) => ToolMessage.isInstance(m)).map((m) => String(m.content));
    expect(unknown).toContain('没有名为“calculate_everything”的工具');
    expect(invalid).toContain('参数无效');
    expect(turn.answer).toContain('保费');
  });

  it('keeps only citations of clauses a tool returned, with the corpus text', async () => {
    const { d } = decider([callTools({ name: 'get_clause', args: { clauseId: 'final.validity' } }), reply('见 final.validity，另见第9条和第2条。')]);
    const turn = await d.decide('政策有效期多久', newSession('s'));
    expect(turn.citations).toEqual([{ clauseId: 'final.validity', label: corpus.get('final.validity').label, quote: corpus.get('final.validity').text }]);
  });

  it('stops a model that keeps calling tools', async () => {
    const loop = callTools({ name: 'search_clauses', args: { q: '专利' } });
    const { d } = decider([loop, loop, loop, loop], 3);
    await expect(d.decide('专利', newSession('s'))).rejects.toMatchObject({ reason: 'model-call-cap' });
  });

  it('turns a model error into an LlmFailure', async () => {
    const { d } = decider([
      () => {
        throw new Error('429 Too Many Requests');
      },
    ]);
    const failure = await d.decide('专利', newSession('s')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LlmFailure);
    expect(failure).toMatchObject({ reason: 'model-error' });
  });

  it('gives an invalid-JSON tool call a second chance', async () => {
    const broken: ScriptStep = () =>
      new AIMessage({ content: '', invalid_tool_calls: [{ name: 'calculate_high-value-patents', args: '{"newHigh', id: 'x', error: 'bad json', type: 'invalid_tool_call' }] });
    const { d, model } = decider([broken, callTools(HIGH_VALUE), reply('可获得60万元。')]);
    const turn = await d.decide(question, newSession('s'));
    expect(String(model.calls[1].at(-1)?.content)).toContain('不是合法的 JSON');
    expect(turn.calculations[0].amountYuan).toBe(600_000);
  });

  it('lets a later turn reuse figures the user gave earlier and clauses returned earlier', async () => {
    const first = decider([callTools(HIGH_VALUE), reply('可获得60万元（第2条）。')]);
    const session = newSession('s');
    const t1 = await first.d.decide(question, session);
    session.turns.push({ role: 'user', text: question }, { role: 'assistant', text: t1.answer });
    session.llm = t1.memory;
    const second = decider([callTools({ name: 'calculate_high-value-patents', args: { newHighValueInventionPatentsCount: 35 } }), reply('仍是60万元，见第2条。')]);
    const t2 = await second.d.decide('再确认一下呢', session);
    expect(t2.calculations[0].amountYuan).toBe(600_000);
    expect(t2.citations.map((c) => c.clauseId)).toContain('art.2');
  });

  it('malformed JSON next to a valid call: the valid one runs, the malformed one is answered with a correction under its own id', async () => {
    const mixed: ScriptStep = () =>
      new AIMessage({
        content: '',
        tool_calls: [{ ...HIGH_VALUE, id: 'good', type: 'tool_call' }],
        invalid_tool_calls: [{ name: 'calculate_ip-insurance', args: '{"ipInsurancePremiumYuan": 3', id: 'bad', error: 'bad json', type: 'invalid_tool_call' }],
      });
    const { d, model } = decider([mixed, reply('可获得60万元。保费请再告诉我一次。')]);
    const turn = await d.decide('我们今年新增高价值发明专利35件，还买了知识产权保险，能奖多少？', newSession('s'));
    const results = model.calls[1].filter((m) => ToolMessage.isInstance(m)) as ToolMessage[];
    expect(results.map((m) => m.tool_call_id).sort()).toEqual(['bad', 'good']);
    expect(String(results.find((m) => m.tool_call_id === 'bad')?.content)).toContain('不是合法的 JSON');
    expect(turn.calculations).toMatchObject([{ ruleId: 'high-value-patents', amountYuan: 600_000 }]);
  });

  describe('yes/no and choice arguments are checked against the offline engine’s facts', () => {
    const ART1 = {
      selfDevelopedInventionPatentsCount: 30,
      selfDevelopedInventionPatentsLastYearCount: 20,
      annualSalesYuan: 50_000_000,
      patentProductSalesPercent: 40,
      ipStaffTrainingRatePercent: 100,
    };
    const ART1_TEXT = '我们自主研发发明专利30件，去年末是20件，销售收入5000万元，专利产品占比40%，研发人员培训率100%';
    const art1Call = (extra: Record<string, unknown>) => callTools({ name: 'calculate_patent-intensive-enterprise', args: { ...ART1, ...extra } });
    const toolText = (model: ScriptedChatModel) => String(model.calls[1].find((m) => ToolMessage.isInstance(m))?.content);

    it('a certification the user denied is not computed as held; the model is told what the user said', async () => {
      const { d, model } = decider([art1Call({ ipManagementStandardCertified: true }), reply('抱歉，未贯标不符合条件。')]);
      const turn = await d.decide(`${ART1_TEXT}，还没贯标，能拿多少？`, newSession('s'), { facts: { ...ART1, ipManagementStandardCertified: false } });
      expect(toolText(model)).toContain('ipManagementStandardCertified=true 与用户在对话中所说的不一致（用户所说为 false）');
      expect(turn.calculations).toEqual([]);
    });

    it('a certification nobody mentioned, which would make the award payable, is asked for', async () => {
      const { d, model } = decider([art1Call({ ipManagementStandardCertified: true }), reply('请问贵企业是否已通过贯标认证？')]);
      const turn = await d.decide(`${ART1_TEXT}，能拿多少？`, newSession('s'), { facts: ART1 });
      expect(toolText(model)).toContain('ipManagementStandardCertified=true 用户在对话中没有说过');
      expect(turn.calculations).toEqual([]);
      expect(turn.needsInfo.map((n) => n.fact)).toEqual(['ipManagementStandardCertified']);
      expect(turn.outcome).toBe('asked-for-facts');
    });

    it('a yes/no fact the user asks about (贯标了能拿多少？) may be computed as the case asked', async () => {
      const { d } = decider([art1Call({ ipManagementStandardCertified: true }), reply('如已贯标，可获得12万元。')]);
      const turn = await d.decide(`${ART1_TEXT}。贯标了能拿多少？`, newSession('s'), { facts: ART1 });
      expect(turn.calculations).toMatchObject([{ ruleId: 'patent-intensive-enterprise', eligible: true, amountYuan: 120_000 }]);
    });

    it('an award level the user did not name is asked for, a different one from the user’s is refused', async () => {
      const call = callTools({ name: 'calculate_ip-alliance', args: { ipAllianceFilingLevel: '国家级' } });
      const unstated = decider([call, reply('请问联盟在哪一级备案？')]);
      const t1 = await unstated.d.decide('我们牵头的知识产权联盟备案了，能拿多少', newSession('s'), { facts: {} });
      expect(toolText(unstated.model)).toContain('ipAllianceFilingLevel=国家级 用户在对话中没有说过');
      expect(t1.calculations).toEqual([]);
      expect(t1.needsInfo.map((n) => n.fact)).toEqual(['ipAllianceFilingLevel']);

      const conflicting = decider([call, reply('市级备案不在资助范围内。')]);
      const t2 = await conflicting.d.decide('我们牵头的知识产权联盟在市局备案了，能拿多少', newSession('s'), { facts: { ipAllianceFilingLevel: '市级' } });
      expect(toolText(conflicting.model)).toContain('ipAllianceFilingLevel=国家级 与用户在对话中所说的不一致（用户所说为 市级）');
      expect(t2.calculations).toEqual([]);
    });

    it('values the user stated, and placeholders that pay nothing, pass', async () => {
      const { d } = decider([
        callTools({ name: 'check_eligibility', args: { ipAllianceFilingLevel: '省级', newChinaPatentAwards: [], newWellKnownTrademark: false } }),
        reply('可获得20万元。'),
      ]);
      const turn = await d.decide('我们牵头的知识产权联盟在省知识产权局备案了，能拿多少', newSession('s'), { facts: { ipAllianceFilingLevel: '省级' } });
      expect(turn.calculations.filter((c) => c.eligible)).toMatchObject([{ ruleId: 'ip-alliance', amountYuan: 200_000 }]);
    });
  });
});
