import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from './create-app';
import { postStream, shownText } from './support/sse';
import { lastUserText, OpenAiWireServer, toolResults, WireReply, WireRequest } from './support/openai-wire-server';

/**
 * LLM mode end to end: the real AppModule with LLM_PROVIDER=openai, ChatOpenAI talking to a local server
 * that speaks the OpenAI wire format, with scripted behaviours. Whatever the model does, the enterprise
 * gets a grounded answer or a clear question, never an invented figure.
 */
describe('LLM mode over the OpenAI wire format (scripted server)', () => {
  let app: INestApplication;
  let server: OpenAiWireServer;
  let behaviour: (r: WireRequest) => WireReply;

  beforeAll(async () => {
    server = new OpenAiWireServer((r) => behaviour(r));
    const baseUrl = await server.start();
    app = await createApp({
      env: {
        LLM_PROVIDER: 'openai',
        OPENAI_BASE_URL: baseUrl,
        OPENAI_API_KEY: 'test-key',
        OPENAI_MODEL: 'scripted-model',
        OPENAI_TIMEOUT_MS: '400',
        OPENAI_MAX_RETRIES: '1',
        LLM_TURN_TIMEOUT_MS: '3000',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await server.stop();
  });

  const ask = (message: string, sessionId?: string) =>
    request(app.getHttpServer()).post('/api/chat').send({ message, sessionId }).expect(200).then((r) => r.body);
  const requestsDuring = async <T>(fn: () => Promise<T>) => {
    const before = server.requests.length;
    const result = await fn();
    return { result, requests: server.requests.slice(before) };
  };

  const HIGH_VALUE_QUESTION = '我们今年新增高价值发明专利35件，能奖多少？';
  /** A well-behaved model: calls the rule with the user's figure, then states the rule's amount. */
  const rightToolCall = (r: WireRequest): WireReply => {
    const results = toolResults(r) as { amountYuan?: number }[];
    if (!results.length) return { kind: 'tools', calls: [{ name: 'calculate_high-value-patents', arguments: { newHighValueInventionPatentsCount: 35 } }] };
    return { kind: 'text', text: `根据第2条，贵企业可获得${results[0].amountYuan! / 10_000}万元奖励。` };
  };

  it('the right tool call: the rule’s amount, the clause quoted from the corpus, two model calls', async () => {
    behaviour = rightToolCall;
    const { result: body, requests } = await requestsDuring(() => ask(HIGH_VALUE_QUESTION));
    expect(requests).toHaveLength(2);
    expect(requests[0].body.tools?.map((t) => t.function.name)).toContain('calculate_high-value-patents');
    expect(requests[0].body.messages[0]).toMatchObject({ role: 'system' });
    expect(body).toMatchObject({ mode: 'openai', outcome: 'answered', totalYuan: 600_000 });
    expect(body.calculations).toMatchObject([{ ruleId: 'high-value-patents', eligible: true, amountYuan: 600_000 }]);
    expect(body.answer).toContain('60万元');
    expect(body.answer).toContain('征求意见稿');
    expect(body.citations.map((c: { clauseId: string }) => c.clauseId)).toContain('art.2');
  });

  it('an invented amount and no tool call: never sent; after one correction the offline engine answers', async () => {
    behaviour = () => ({ kind: 'text', text: '贵企业可以拿到100万元奖励。' });
    const { result: body, requests } = await requestsDuring(() => ask(HIGH_VALUE_QUESTION));
    expect(requests).toHaveLength(2);
    expect(lastUserText(requests[1])).toContain('100万元');
    expect(body.answer).not.toContain('拿到100万');
    expect(body.mode).toBe('offline');
    expect(body.totalYuan).toBe(600_000);
  });

  it('a tool call with a number the user never gave: not computed, the user is asked', async () => {
    behaviour = (r) =>
      toolResults(r).length
        ? { kind: 'text', text: '请问贵单位上年度的销售收入是多少？' }
        : { kind: 'tools', calls: [{ name: 'calculate_patent-intensive-enterprise', arguments: { annualSalesYuan: 80_000_000, inventionPatentsCount: 30 } }] };
    const { result: body, requests } = await requestsDuring(() => ask('我们有30件发明专利，能评专利密集型企业拿钱吗'));
    expect(String(requests[1].body.messages.at(-1)?.content)).toContain('annualSalesYuan=80000000');
    expect(body).toMatchObject({ mode: 'openai', outcome: 'asked-for-facts', calculations: [], totalYuan: null });
    expect(body.needsInfo.map((n: { fact: string }) => n.fact)).toContain('annualSalesYuan');
    expect(body.answer).not.toContain('8000');
  });

  it('malformed JSON arguments get one correction, then a correct call is answered', async () => {
    behaviour = (r) => {
      if (toolResults(r).length) return rightToolCall(r);
      if (lastUserText(r).includes('不是合法的 JSON')) return rightToolCall(r);
      return { kind: 'tools', calls: [{ name: 'calculate_high-value-patents', arguments: '{"newHighValueInventionPatentsCount": 35' }] };
    };
    const body = await ask(HIGH_VALUE_QUESTION);
    expect(body).toMatchObject({ mode: 'openai', totalYuan: 600_000 });
  });

  it('an unknown tool is answered with an error the model can read; no 500', async () => {
    behaviour = (r) => {
      const results = toolResults(r);
      if (!results.length) return { kind: 'tools', calls: [{ name: 'calculate_bonus', arguments: {} }] };
      return { kind: 'text', text: `抱歉，${String(results[0]).includes('没有名为') ? '我用错了工具' : '出错了'}，请问您想了解哪一项奖补？` };
    };
    const body = await ask('你们能给多少补贴？');
    expect(body.mode).toBe('openai');
    expect(body.answer).toContain('我用错了工具');
  });

  it('HTTP 500 from the endpoint: retried, then the offline engine answers (mode offline)', async () => {
    behaviour = () => ({ kind: 'status', status: 500 });
    const { result: body, requests } = await requestsDuring(() => ask(HIGH_VALUE_QUESTION));
    expect(requests.length).toBe(2); // the first attempt and one retry (OPENAI_MAX_RETRIES=1)
    expect(body).toMatchObject({ mode: 'offline', totalYuan: 600_000 });
  });

  it('429 then success: the retry is answered by the model', async () => {
    let first = true;
    behaviour = (r) => {
      if (first) {
        first = false;
        return { kind: 'status', status: 429, body: { error: { message: 'rate limited', type: 'rate_limit_error' } } };
      }
      return rightToolCall(r);
    };
    const body = await ask(HIGH_VALUE_QUESTION);
    expect(body).toMatchObject({ mode: 'openai', totalYuan: 600_000 });
  });

  it('a model that hangs past the timeout: the offline engine answers', async () => {
    behaviour = () => ({ kind: 'hang' });
    const body = await ask(HIGH_VALUE_QUESTION);
    expect(body).toMatchObject({ mode: 'offline', totalYuan: 600_000 });
  });

  it('streams the model’s tokens as delta events, ending with done', async () => {
    behaviour = rightToolCall;
    const { result: events, requests } = await requestsDuring(() => postStream(app, { message: HIGH_VALUE_QUESTION }));
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data.mode).toBe('openai');
    // The model was asked to stream, and its pieces (7 characters each from the scripted server) came through as they arrived.
    expect(requests.map((r) => r.body.stream)).toEqual([true, true]);
    expect(events[0]).toEqual({ event: 'delta', data: { text: '根据第2条，贵' } });
    expect(shownText(events)).toBe(done.data.answer);
  });

  it('a streamed invented figure is replaced before done, and the final answer is grounded', async () => {
    behaviour = () => ({ kind: 'text', text: '贵企业可以拿到100万元奖励。' });
    const events = await postStream(app, { message: HIGH_VALUE_QUESTION });
    const done = events.at(-1)!;
    expect(events.map((e) => e.data.text ?? '').join('')).toContain('100万');
    expect(events.some((e) => e.event === 'replace')).toBe(true);
    expect(shownText(events)).toBe(done.data.answer);
    expect(done.data.answer).not.toContain('拿到100万');
    expect(done.data.mode).toBe('offline');
  });

  it('health names the model and endpoint, never the key', async () => {
    const res = await request(app.getHttpServer()).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ mode: 'openai', llm: { model: 'scripted-model' } });
    expect(JSON.stringify(res.body)).not.toContain('test-key');
  });

  it('keeps the conversation: a follow-up reaches the model with the earlier turns', async () => {
    behaviour = rightToolCall;
    const first = await ask(HIGH_VALUE_QUESTION);
    behaviour = (r) => ({ kind: 'text', text: `您之前问的是：${r.body.messages.filter((m) => m.role === 'user').length}个问题。` });
    const { requests } = await requestsDuring(() => ask('刚才那个再说一遍', first.sessionId));
    const roles = requests[0].body.messages.map((m) => m.role);
    expect(roles).toEqual(['system', 'user', 'assistant', 'user']);
  });
});
