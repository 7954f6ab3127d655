import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium, CONSOLE_TOKEN, DESKTOP, eventually, isFocused, jsErrors, launchChromium, newPage, PHONE, RunningApp, screenshot, startApp, pageWidth, placeholderRoom, clipboardText } from './browser-harness';
import { describeIfPresent } from '../support/system-service';

describeIfPresent(chromium(), 'public chat page / (browser)', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [running, browser] = await Promise.all([startApp(), launchChromium()]);
    ({ context, page } = await newPage(browser, PHONE, running.url));
    await page.goto(running.url);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.app.close();
  });
  afterEach(() => expect(jsErrors(page)).toEqual([]));

  const input = () => page.getByLabel('输入您的问题');
  const lastAnswer = () => page.locator('.msg.assistant').last();

  async function ask(question: string): Promise<void> {
    const answers = await page.locator('.msg.assistant').count();
    await input().fill(question);
    await input().press('Enter');
    await page.locator('.msg.assistant').nth(answers).locator('.actions').waitFor();
  }

  it('is readable at 360 px: labelled controls, draft note, starters, no sideways scrolling', async () => {
    await page.getByRole('heading', { name: '金东区知识产权政策咨询' }).waitFor({ state: 'visible' });
    await eventually(async () => expect(await page.getByRole('note').innerText()).toContain('征求意见稿'));
    await page.getByRole('button', { name: '发送' }).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '新对话' }).waitFor({ state: 'visible' });
    expect(await page.locator('#close-panel').isVisible()).toBe(false);
    await eventually(async () => expect(await page.locator('.starter').count()).toBeGreaterThan(0));
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    // The placeholder fits the one-line input at 360 px (measured in the input's own font).
    const room = await placeholderRoom(page);
    expect(room.text).toBeLessThanOrEqual(room.box);
    await screenshot(page, 'web-start-360');
    // Keyboard focus on the blue bar: the two-tone ring (black outside, white inside) is drawn.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const fresh = page.getByRole('button', { name: '新对话' });
    await eventually(async () => expect(await isFocused(fresh)).toBe(true));
    const ring = await fresh.evaluate((node: { ownerDocument: { defaultView: { getComputedStyle(n: unknown): { outlineColor: string; boxShadow: string } } } }) => {
      const style = node.ownerDocument.defaultView.getComputedStyle(node);
      return `${style.outlineColor} | ${style.boxShadow}`;
    });
    expect(ring).toBe('rgb(0, 0, 0) | rgb(255, 255, 255) 0px 0px 0px 2px');
    await screenshot(page, 'web-focus-360');
  });

  it('answers a numeric question with the amount, a breakdown and a citation chip that opens the clause', async () => {
    await ask('今年新增高价值发明专利35件，能奖励多少？');
    const answer = lastAnswer();
    await eventually(async () => expect(await answer.locator('.answer').innerText()).toContain('60万元'));
    await eventually(async () => expect(await answer.locator('.calc-card summary').innerText()).toContain('符合 · 60万元'));
    await eventually(async () => expect(await answer.locator('.calc-amount').innerText()).toContain('60万元（600,000元）'));
    await answer.locator('.step.pass').first().waitFor({ state: 'visible' });
    const chip = answer.getByRole('button', { name: /查看条款原文：第2条/ });
    await chip.waitFor({ state: 'visible' });
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'web-answer-360');

    await chip.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: '第2条 培育高价值发明专利' }).waitFor({ state: 'visible' });
    await eventually(async () => expect(await dialog.locator('.clause-text').innerText()).toContain('对当年新增高价值发明专利30件以上的，每家奖励60万元'));
    await eventually(async () => expect(await dialog.locator('mark').count()).toBeGreaterThan(0));
    // 关闭 stays on one line next to a long title.
    const close = await dialog.getByRole('button', { name: '关闭' }).boundingBox();
    expect(close!.height).toBeLessThanOrEqual(48);
    expect(close!.width).toBeGreaterThan(close!.height);
    await screenshot(page, 'web-clause-360');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => expect(await isFocused(chip)).toBe(true));
  });

  it('follows up in the same conversation and keeps it on reload', async () => {
    await ask('那如果只有28件呢？');
    await eventually(async () => expect(await lastAnswer().locator('.answer').innerText()).toContain('20万元'));
    await page.reload();
    await eventually(async () => expect(await page.locator('.msg.user').count()).toBe(2));
    await eventually(async () => expect(await lastAnswer().locator('.answer').innerText()).toContain('20万元'));
    await page.locator('#starters').waitFor({ state: 'hidden' });
    // The session survives the reload too: a third turn still knows the item being discussed.
    await ask('如果是50件呢？');
    await eventually(async () => expect(await lastAnswer().locator('.answer').innerText()).toContain('100万元'));
  });

  it('offers quick replies for a yes/no follow-up and sends the choice', async () => {
    await page.getByRole('button', { name: '新对话' }).click();
    await eventually(async () => expect(await page.locator('.msg').count()).toBe(0));
    await page.locator('#starters').waitFor({ state: 'visible' });
    await ask('驰名商标奖励多少');
    const quick = lastAnswer().getByRole('group', { name: /快捷回答/ });
    await eventually(async () => expect(await quick.getByRole('button').allInnerTexts()).toEqual(['是', '否']));
    await screenshot(page, 'web-quick-replies-360');
    await quick.getByRole('button', { name: '是' }).click();
    await page.locator('.msg.assistant').nth(1).locator('.actions').waitFor();
    await eventually(async () => expect((await page.locator('.msg.user .bubble').last().innerText()).trim()).toBe('是'));
    await eventually(async () => expect(await lastAnswer().locator('.answer').innerText()).toContain('120万元'));
    await eventually(async () => expect(await page.locator('.quick-replies').count()).toBe(0));
  });

  it('rating buttons are drawn icons with text, not emoji', async () => {
    const up = lastAnswer().getByRole('button', { name: '有帮助' });
    await up.locator('svg').waitFor({ state: 'attached' });
    expect((await up.innerText()).trim()).toBe('有帮助');
    expect(await lastAnswer().getByRole('button', { name: '没帮助' }).locator('svg[aria-hidden="true"]').count()).toBe(1);
    expect(await page.locator('.actions').first().innerText()).not.toMatch(/\u{1F44D}|\u{1F44E}/u);
  });

  it('stores thumbs-down feedback with a comment on the server', async () => {
    await lastAnswer().getByRole('button', { name: '没帮助' }).click();
    await eventually(async () => expect(await lastAnswer().getByRole('button', { name: '没帮助' }).getAttribute('aria-pressed')).toBe('true'));
    const comment = lastAnswer().getByLabel('补充意见（可选）');
    await eventually(async () => expect(await isFocused(comment)).toBe(true));
    await comment.fill('希望写明申报时间，联系我13812345678');
    await lastAnswer().getByRole('button', { name: '提交意见' }).click();
    await eventually(async () => expect((await lastAnswer().getByRole('status').innerText()).trim()).toBe('已收到您的意见，谢谢！'));

    const gaps = await fetch(`${running.url}/api/console/gaps`, { headers: { authorization: `Bearer ${CONSOLE_TOKEN}` } });
    const { items } = (await gaps.json()) as { items: { reasons: string[]; comment: string; question: string; channel: string }[] };
    expect(items[0]).toMatchObject({ reasons: ['thumbs-down'], channel: 'web', question: '是', comment: '希望写明申报时间，联系我138****5678' });
  });

  it('copies the answer as plain text with clause references', async () => {
    await lastAnswer().getByRole('button', { name: '复制' }).click();
    await eventually(async () => expect((await lastAnswer().getByRole('status').innerText()).trim()).toBe('已复制'));
    const copied = await clipboardText(page);
    expect(copied).toContain('120万元');
    expect(copied).toMatch(/引用条款：第16条第1款 实施品牌标准培育战略（art\.16\.1）/);
  });

  it('offers the levels a follow-up names (not yes/no), and the chosen level is computed', async () => {
    await ask('知识产权服务业集聚发展示范区奖励怎么算');
    await screenshot(page, 'web-level-replies-360');
    const quick = lastAnswer().getByRole('group', { name: /快捷回答/ });
    await eventually(async () => expect(await quick.getByRole('button').allInnerTexts()).toEqual(['国家级', '省级', '都没有']));
    await quick.getByRole('button', { name: '国家级' }).click();
    await eventually(async () => expect((await page.locator('.msg.user .bubble').last().innerText()).trim()).toBe('国家级'));
    await eventually(async () => expect(await lastAnswer().locator('.calc-amount').innerText()).toContain('100万元'));
  });

  it('a saved conversation older than the server keeps sessions continues as a new one, marked as earlier', async () => {
    const saved = await page.evaluate<{ sessionId: string; savedAt: number }>(`JSON.parse(localStorage.getItem('jd-ip-chat.v1'))`);
    expect(saved.sessionId).toBeTruthy();
    expect(Date.now() - saved.savedAt).toBeLessThan(60_000);
    // As if the tab had been left for three hours: the server has forgotten this session by now.
    await page.evaluate(`(() => {
      const s = JSON.parse(localStorage.getItem('jd-ip-chat.v1'));
      s.savedAt = Date.now() - 3 * 60 * 60 * 1000;
      localStorage.setItem('jd-ip-chat.v1', JSON.stringify(s));
    })()`);
    await page.reload();
    const divider = page.getByRole('separator', { name: '以上为之前的对话，已开始新的对话' });
    await divider.waitFor({ state: 'visible' });
    expect(await page.locator('.quick-replies').count()).toBe(0);
    await screenshot(page, 'web-earlier-360');
    const sent = page.waitForRequest('**/api/chat/stream');
    await ask('专利导航项目有什么支持');
    const body = (await sent).postDataJSON() as { sessionId?: string };
    expect(body.sessionId).toBeUndefined();
    const now = await page.evaluate<{ sessionId: string; items: { role: string }[] }>(`JSON.parse(localStorage.getItem('jd-ip-chat.v1'))`);
    expect(now.sessionId).toBeTruthy();
    expect(now.sessionId).not.toBe(saved.sessionId);
    expect(now.items.filter((i) => i.role === 'divider')).toHaveLength(1);
    // Reloading again does not add a second divider.
    await page.reload();
    await divider.waitFor({ state: 'visible' });
    expect(await page.getByRole('separator').count()).toBe(1);
  });

  it('a conversation the server no longer holds (restarted, or an id it never issued) continues as a new one, marked as earlier', async () => {
    await ask('专利导航项目有什么支持');
    // As if the server had restarted with its in-memory sessions: the id the page kept names nothing there.
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    await page.evaluate(`(() => {
      const s = JSON.parse(localStorage.getItem('jd-ip-chat.v1'));
      s.sessionId = '${unknown}';
      localStorage.setItem('jd-ip-chat.v1', JSON.stringify(s));
    })()`);
    await page.reload();
    const before = await page.getByRole('separator').count();
    const sent = page.waitForRequest('**/api/chat/stream');
    await ask('那预警分析项目呢');
    expect(((await sent).postDataJSON() as { sessionId?: string }).sessionId).toBe(unknown);
    const now = await page.evaluate<{ sessionId: string; items: { role: string; text?: string }[] }>(`JSON.parse(localStorage.getItem('jd-ip-chat.v1'))`);
    expect(now.sessionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(now.sessionId).not.toBe(unknown);
    // The divider stands right before the question that began the new conversation, on screen and when reloaded.
    expect(now.items.slice(-3).map((i) => i.role)).toEqual(['divider', 'user', 'assistant']);
    expect(await page.getByRole('separator').count()).toBe(before + 1);
    expect(await page.locator('.msg').nth(-3).getAttribute('role')).toBe('separator');
    await page.reload();
    await eventually(async () => expect(await page.getByRole('separator').count()).toBe(before + 1));
    // The next question continues the new conversation: no further divider.
    await ask('预警分析项目能补多少');
    expect(await page.getByRole('separator').count()).toBe(before + 1);
  });

  it('a question whose answer was still streaming at reload offers 重试', async () => {
    let hung: import('playwright-core').Route | undefined;
    // The answer never comes: the request stays open until the page reloads.
    await page.route('**/api/chat/stream', (route) => {
      hung = route;
    });
    await input().fill('今年新增高价值发明专利35件，能奖励多少？');
    await input().press('Enter');
    await eventually(() => expect(hung).toBeDefined());
    await page.reload();
    await page.unroute('**/api/chat/stream');
    await hung!.abort().catch(() => undefined);
    await eventually(async () => expect((await page.locator('.msg.user .bubble').last().innerText()).trim()).toBe('今年新增高价值发明专利35件，能奖励多少？'));
    await eventually(async () => expect(await lastAnswer().getByRole('alert').innerText()).toContain('答复未完成'));
    await lastAnswer().getByRole('button', { name: '重试' }).click();
    await eventually(async () => expect(await lastAnswer().locator('.calc-amount').innerText()).toContain('60万元'));
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
  });

  it('shows the authoritative final text when the server replaces streamed text, and errors in Chinese', async () => {
    const done = {
      sessionId: 's-replace', turnId: 't-replace', answer: '最终答复：以第2条原文为准。', citations: [], calculations: [],
      totalYuan: null, needsInfo: [], mode: 'openai', outcome: 'answered',
    };
    await page.route('**/api/chat/stream', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/event-stream; charset=utf-8' },
        body:
          `event: delta\ndata: ${JSON.stringify({ text: '模型草稿：可获99万元' })}\n\n` +
          `event: replace\ndata: ${JSON.stringify({ text: '已更正的文字' })}\n\n` +
          `event: done\ndata: ${JSON.stringify(done)}\n\n`,
      }),
    );
    await ask('替换测试');
    await eventually(async () => expect((await lastAnswer().locator('.answer').innerText()).trim()).toBe('最终答复：以第2条原文为准。'));
    await eventually(async () => expect(await page.locator('.msg.assistant', { hasText: '99万元' }).count()).toBe(0));
    await page.unroute('**/api/chat/stream');

    await page.route('**/api/chat/stream', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/event-stream; charset=utf-8' },
        body: `event: delta\ndata: {"text":"半截"}\n\nevent: error\ndata: ${JSON.stringify({ error: { code: 'TIMEOUT', message: '答复超时，请稍后再试' } })}\n\n`,
      }),
    );
    await input().fill('错误测试');
    await input().press('Enter');
    await eventually(async () => expect((await lastAnswer().getByRole('alert').innerText()).trim()).toBe('答复超时，请稍后再试'));
    await lastAnswer().getByRole('button', { name: '重试' }).waitFor({ state: 'visible' });
    await page.unroute('**/api/chat/stream');
  });

  it('asks a question passed as ?q= (the WeChat link) in a new conversation, keeps what was shown, and not again on reload', async () => {
    const linked = await newPage(browser, PHONE);
    await linked.page.goto(running.url);
    await linked.page.getByLabel('输入您的问题').fill('这个政策有效期多久');
    await linked.page.getByLabel('输入您的问题').press('Enter');
    await linked.page.locator('.msg.assistant .actions').first().waitFor();
    await linked.page.goto(`${running.url}/?q=${encodeURIComponent('今年新增高价值发明专利35件，能奖励多少？')}`);
    const answers = linked.page.locator('.msg.assistant');
    await eventually(async () => expect(await answers.count()).toBe(2));
    await eventually(async () => expect(await answers.last().locator('.answer').innerText()).toContain('60万元'));
    expect(await linked.page.locator('.msg.divider').count()).toBe(1);
    expect(new URL(linked.page.url()).search).toBe('');
    await linked.page.reload();
    await eventually(async () => expect(await linked.page.locator('.msg.user').count()).toBe(2));
    await linked.page.waitForTimeout(200);
    expect(await linked.page.locator('.msg.user').count()).toBe(2);
    expect(jsErrors(linked.page)).toEqual([]);
    await linked.context.close();
  });

  it('renders the conversation at desktop width', async () => {
    const desktop = await newPage(browser, DESKTOP);
    await desktop.page.goto(running.url);
    await desktop.page.getByRole('button', { name: '在美国打专利官司胜诉了，代理费100万元能补助多少？' }).click();
    await eventually(async () => expect(await desktop.page.locator('.msg.assistant .calc-amount').innerText()).toContain('25万元'));
    await screenshot(desktop.page, 'web-answer-1280');
    expect(jsErrors(desktop.page)).toEqual([]);
    await desktop.context.close();
  });

  describe('embedding in a portal on another origin', () => {
    let portal: Server;
    let portalUrl: string;
    beforeAll(async () => {
      portal = createServer((req, res) => {
        const frame = req.url === '/frame-console' ? `<iframe title="console" src="${running.url}/console"></iframe>` : '';
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><html lang="zh-CN"><body><h1>金东区门户</h1>${frame}<script src="${running.url}/embed.js" defer></script></body></html>`);
      });
      await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
      portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => portal.close(() => resolve())));

    it('the launcher opens the chat as a floating panel that works inside the frame', async () => {
      const { page: host, context: hostContext } = await newPage(browser, PHONE);
      await host.goto(portalUrl);
      const launcher = host.getByRole('button', { name: '政策咨询' });
      await eventually(async () => expect(await launcher.getAttribute('aria-expanded')).toBe('false'));
      await launcher.click();
      await eventually(async () => expect(await host.getByRole('button', { name: '关闭咨询' }).getAttribute('aria-expanded')).toBe('true'));
      const chat = host.frameLocator('iframe[title="金东区知识产权政策咨询助手"]');
      await chat.getByLabel('输入您的问题').fill('驰名商标有什么规定');
      await chat.getByLabel('输入您的问题').press('Enter');
      await eventually(async () => expect(await chat.locator('.msg.assistant .chip').first().innerText()).toContain('第16条第1款'));
      await screenshot(host, 'web-embedded-360');

      // Esc pressed inside the frame closes the clause dialog first, then the panel; focus returns to the launcher.
      const panel = host.locator('#jd-ip-chat-panel');
      await chat.locator('.msg.assistant .chip').first().click();
      await chat.getByRole('dialog').waitFor({ state: 'visible' });
      await chat.getByRole('dialog').press('Escape');
      await chat.getByRole('dialog').waitFor({ state: 'hidden' });
      expect(await panel.isVisible()).toBe(true);
      await chat.getByLabel('输入您的问题').press('Escape');
      await panel.waitFor({ state: 'hidden' });
      await eventually(async () => expect(await launcher.getAttribute('aria-expanded')).toBe('false'));
      await eventually(async () => expect(await isFocused(launcher)).toBe(true));

      // The panel's own close button does the same.
      await launcher.click();
      await panel.waitFor({ state: 'visible' });
      await chat.getByRole('button', { name: '关闭咨询窗口' }).click();
      await panel.waitFor({ state: 'hidden' });

      // A message from the portal itself (not the frame) cannot close it.
      await launcher.click();
      await panel.waitFor({ state: 'visible' });
      await host.evaluate(`window.postMessage({ source: 'jd-ip-chat', type: 'close' }, '*')`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await panel.isVisible()).toBe(true);
      expect(jsErrors(host)).toEqual([]);
      await hostContext.close();
    });

    it('the console refuses to be framed', async () => {
      const { page: host, context: hostContext } = await newPage(browser, DESKTOP);
      const blocked = host.waitForEvent('console', (m) => /frame-ancestors|Refused to (display|frame)/.test(m.text()));
      await host.goto(`${portalUrl}/frame-console`);
      await blocked;
      const frame = host.frames().find((f) => f !== host.mainFrame());
      expect(await frame?.locator('input[name="token"]').count()).toBe(0);
      await hostContext.close();
    });
  });
});
