import { INestApplication } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
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

  // Regression (audit): the 0s of 5000万 and 100% counted as “the user said zero”, so a model's invented
  // last-year count of 0 was computed with and 12万元 paid, where the offline engine asks for that count.
  const ART1_NO_LAST_YEAR = '我们通过了贯标认证，自主研发发明专利30件，销售收入5000万元，专利产品占比40%，研发人员培训率100%，能拿多少？';
  const ART1_FACTS = {
    ipManagementStandardCertified: true,
    selfDevelopedInventionPatentsCount: 30,
    annualSalesYuan: 50_000_000,
    patentProductSalesPercent: 40,
    ipStaffTrainingRatePercent: 100,
  };
  const art1Model =
    (extra: Record<string, unknown>, base: Record<string, unknown> = ART1_FACTS) =>
    (r: WireRequest): WireReply => {
      const results = toolResults(r) as { amountYuan?: number }[];
      if (!results.length) return { kind: 'tools', calls: [{ name: 'calculate_patent-intensive-enterprise', arguments: { ...base, ...extra } }] };
      return typeof results[0]?.amountYuan === 'number'
        ? { kind: 'text', text: `可获得${results[0].amountYuan / 10_000}万元资助。` }
        : { kind: 'text', text: '请问上年末贵企业累计拥有多少件自主研发的有效发明专利？' };
    };

  it('an invented zero (a last-year count nobody gave) is not computed with: the user is asked, as offline', async () => {
    behaviour = art1Model({ selfDevelopedInventionPatentsLastYearCount: 0 });
    const { result: body, requests } = await requestsDuring(() => ask(ART1_NO_LAST_YEAR));
    expect(String(requests[1].body.messages.at(-1)?.content)).toContain('selfDevelopedInventionPatentsLastYearCount=0');
    expect(body).toMatchObject({ mode: 'openai', outcome: 'asked-for-facts', calculations: [], totalYuan: null });
    expect(body.needsInfo.map((n: { fact: string }) => n.fact)).toContain('selfDevelopedInventionPatentsLastYearCount');
    expect(body.answer).not.toContain('12万');
    // The offline engine asks for the same fact.
    behaviour = () => ({ kind: 'status', status: 500 });
    const offline = await ask(ART1_NO_LAST_YEAR);
    expect(offline).toMatchObject({ mode: 'offline', totalYuan: null });
    expect(offline.needsInfo.map((n: { fact: string }) => n.fact)).toContain('selfDevelopedInventionPatentsLastYearCount');
  });

  it('a zero the user said is computed with', async () => {
    behaviour = art1Model({ selfDevelopedInventionPatentsLastYearCount: 0 });
    const body = await ask(ART1_NO_LAST_YEAR.replace('，能拿多少', '，上年末是0件，能拿多少'));
    expect(body).toMatchObject({ mode: 'openai', totalYuan: 120_000 });
  });

  it('a money figure does not ground a count: 5000万 is no 50,000,000 patents', async () => {
    behaviour = art1Model({ selfDevelopedInventionPatentsCount: 50_000_000, selfDevelopedInventionPatentsLastYearCount: 20 });
    const { result: body, requests } = await requestsDuring(() => ask(ART1_NO_LAST_YEAR.replace('，能拿多少', '，去年末是20件，能拿多少')));
    expect(String(requests[1].body.messages.at(-1)?.content)).toContain('selfDevelopedInventionPatentsCount=50000000');
    expect(body).toMatchObject({ mode: 'openai', calculations: [], totalYuan: null });
  });

  it('a certification flag the user never stated is not computed as held: the user is asked', async () => {
    const { ipManagementStandardCertified: _, ...withoutFlag } = ART1_FACTS;
    behaviour = art1Model({ ipManagementStandardCertified: true, selfDevelopedInventionPatentsLastYearCount: 20 }, withoutFlag);
    const { result: body, requests } = await requestsDuring(() => ask('我们自主研发发明专利30件，去年末是20件，销售收入5000万元，专利产品占比40%，研发人员培训率100%，能拿多少？'));
    expect(String(requests[1].body.messages.at(-1)?.content)).toContain('ipManagementStandardCertified=true 用户在对话中没有说过');
    expect(body).toMatchObject({ mode: 'openai', outcome: 'asked-for-facts', calculations: [], totalYuan: null });
    expect(body.needsInfo.map((n: { fact: string }) => n.fact)).toContain('ipManagementStandardCertified');
  });

  it('a valid call next to a malformed one: the valid one is computed, the model is told about the malformed one', async () => {
    behaviour = (r) => {
      const tools = r.body.messages.filter((m) => m.role === 'tool');
      if (!tools.length) {
        return {
          kind: 'tools',
          calls: [
            { name: 'calculate_high-value-patents', arguments: { newHighValueInventionPatentsCount: 35 } },
            // Not JSON at all: truncated JSON ('{"a": 8') would be completed by LangChain's partial parser of streamed calls.
            { name: 'calculate_ip-insurance', arguments: 'ipInsurancePremiumYuan=80000' },
          ],
        };
      }
      const corrected = tools.some((m) => String(m.content).includes('不是合法的 JSON'));
      return { kind: 'text', text: `可获得60万元奖励。${corrected ? '保险保费请再告诉我一次。' : ''}` };
    };
    const { result: body, requests } = await requestsDuring(() => ask('我们今年新增高价值发明专利35件，还交了知识产权保险保费，能奖多少？'));
    const toolMessages = requests[1].body.messages.filter((m) => m.role === 'tool');
    expect(toolMessages).toHaveLength(2);
    expect(requests[1].body.messages.find((m) => m.role === 'assistant')?.tool_calls).toHaveLength(2);
    expect(body).toMatchObject({ mode: 'openai', totalYuan: 600_000 });
    expect(body.answer).toContain('保险保费请再告诉我一次');
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

  it('a model that hangs past the timeout: the offline engine answers, within the turn timeout', async () => {
    behaviour = () => ({ kind: 'hang' });
    const started = performance.now();
    const body = await ask(HIGH_VALUE_QUESTION);
    const elapsed = performance.now() - started;
    expect(body).toMatchObject({ mode: 'offline', totalYuan: 600_000 });
    // Two attempts of 400 ms (OPENAI_MAX_RETRIES=1) plus back-off; never more than the 3 s turn timeout and the offline answer.
    expect(elapsed).toBeGreaterThanOrEqual(800);
    expect(elapsed).toBeLessThan(3_000 + 1_000);
  });

  it('streaming through ChatOpenAI stays offline: no request leaves the machine, the call ends well under a second', async () => {
    behaviour = rightToolCall;
    const attempted: string[] = [];
    const loopback = (host: string) => /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/.test(host);
    const hostOf = (target: unknown): string => {
      if (typeof target === 'string' || target instanceof URL) return new URL(String(target)).hostname;
      if (target && typeof target === 'object') {
        const o = target as { url?: string; hostname?: string; host?: string };
        if (o.url) return new URL(o.url).hostname;
        return (o.hostname ?? o.host ?? 'localhost').replace(/:\d+$/, '');
      }
      return 'localhost';
    };
    const realFetch = globalThis.fetch;
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const host = hostOf(input);
      attempted.push(`fetch ${host}`);
      // A request that would leave the machine fails at once instead of hanging the test.
      return loopback(host) ? realFetch(input, init) : Promise.reject(new Error(`blocked: ${host}`));
    });
    const spies = [http, https].flatMap((mod) =>
      (['request', 'get'] as const).map((fn) => {
        const real = mod[fn].bind(mod) as (...args: unknown[]) => unknown;
        return jest.spyOn(mod, fn).mockImplementation(((...args: unknown[]) => {
          const host = hostOf(args[0]);
          attempted.push(`${fn} ${host}`);
          if (!loopback(host)) throw new Error(`blocked: ${host}`);
          return real(...args);
        }) as never);
      }),
    );
    try {
      const started = performance.now();
      const { result: events, requests } = await requestsDuring(() => postStream(app, { message: HIGH_VALUE_QUESTION }));
      const elapsed = performance.now() - started;
      const done = events.at(-1)!;
      expect(done.event).toBe('done');
      expect(done.data).toMatchObject({ mode: 'openai', totalYuan: 600_000 });
      expect(requests.map((r) => r.body.stream)).toEqual([true, true]);
      // The model calls went through the wrapped fetch, so a request for the tokenizer files would have been seen.
      expect(attempted.filter((a) => a.startsWith('fetch'))).toHaveLength(2);
      expect(attempted.filter((a) => !loopback(a.split(' ')[1]))).toEqual([]);
      expect(elapsed).toBeLessThan(1_000);
    } finally {
      fetchSpy.mockRestore();
      for (const s of spies) s.mockRestore();
    }
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

describe('LLM mode: the turn timeout bounds a hanging model, however long the per-request timeout', () => {
  let app: INestApplication;
  let server: OpenAiWireServer;

  beforeAll(async () => {
    server = new OpenAiWireServer(() => ({ kind: 'hang' }));
    app = await createApp({
      env: {
        LLM_PROVIDER: 'openai',
        OPENAI_BASE_URL: await server.start(),
        OPENAI_API_KEY: 'test-key',
        // Each model request could wait a minute, with retries; only the turn timeout can end this turn in time.
        OPENAI_TIMEOUT_MS: '60000',
        OPENAI_MAX_RETRIES: '2',
        LLM_TURN_TIMEOUT_MS: '700',
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await server.stop();
  });

  it('answers offline (mode offline) soon after the turn timeout', async () => {
    const started = performance.now();
    const res = await request(app.getHttpServer()).post('/api/chat').send({ message: '我们今年新增高价值发明专利35件，能奖多少？' }).expect(200);
    const elapsed = performance.now() - started;
    expect(res.body).toMatchObject({ mode: 'offline', totalYuan: 600_000 });
    expect(server.requests).toHaveLength(1); // the aborted request is not retried
    expect(elapsed).toBeGreaterThanOrEqual(700);
    expect(elapsed).toBeLessThan(700 + 1_500);
  });
});

