import { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium, CONSOLE_TOKEN, DESKTOP, eventually, jsErrors, launchChromium, newPage, PHONE, RunningApp, screenshot, startApp, pageWidth, placeholderRoom, clipboardText } from './browser-harness';
import { describeIfPresent } from '../support/system-service';

describeIfPresent(chromium(), 'staff console /console (browser)', () => {
  let running: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [running, browser] = await Promise.all([startApp(), launchChromium()]);
    ({ context, page } = await newPage(browser, DESKTOP, running.url));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.app.close();
  });

  const text = async (selector: string) => (await page.locator(selector).innerText()).trim();

  it('refuses access without the token and shows nothing of the console', async () => {
    const response = await page.goto(`${running.url}/console`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: '坐席工作台' }).waitFor();
    const html = await page.content();
    expect(html).not.toMatch(/api\/console|console\.js|条款检索|待改进/);
    const api = await page.evaluate(async () => (await fetch('/api/console/gaps')).status);
    expect(api).toBe(401);
    const asset = await page.evaluate(async () => (await fetch('/console/assets/console.js')).status);
    expect(asset).toBe(401);
    await screenshot(page, 'console-login-1280');

    await page.getByLabel('访问令牌').fill('not-the-right-token-at-all');
    await page.getByLabel('访问令牌').press('Enter');
    await eventually(async () => expect(await text('[role="alert"]')).toBe('令牌不正确，请重新输入。'));
    expect(await page.getByRole('tab').count()).toBe(0);
  });

  it('signs in with the token', async () => {
    // What an earlier version left in localStorage (it outlived sign-out) is removed on the next visit.
    await page.evaluate(`localStorage.setItem('jd-ip-console-chat.v1', JSON.stringify({ sessionId: 'old', items: [{ role: 'user', text: '来电人 13912345678' }] }))`);
    await page.getByLabel('访问令牌').fill(CONSOLE_TOKEN);
    await page.getByLabel('访问令牌').press('Enter');
    await page.getByRole('tab', { name: '1 条款检索' }).waitFor();
    await eventually(async () => expect(await page.evaluate(`localStorage.getItem('jd-ip-console-chat.v1')`)).toBeNull());
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'jd_console')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('searches clauses with highlighted matches and navigates the tree by id', async () => {
    await page.keyboard.press('/');
    await page.getByLabel(/搜索条款/).fill('质押');
    await eventually(async () => expect(await text('#search-summary')).toMatch(/原文包含“质押”的条款 \d+ 条/));
    const marks = await page.locator('#search-results mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['质押']));
    await page.locator('#search-results .result').first().click();
    await eventually(async () => expect(await text('#clause-view h2')).toMatch(/^第4条/));
    expect(await page.locator('#clause-view mark').count()).toBeGreaterThan(0);

    // One character with no literal match: no related search runs, so the status must not promise one.
    await page.getByLabel(/搜索条款/).fill('鑫');
    await page.getByLabel(/搜索条款/).press('Enter');
    expect(await text('#search-summary')).toBe('原文中没有“鑫”');

    await page.getByLabel(/搜索条款/).fill('art.16.2');
    await page.getByLabel(/搜索条款/).press('Enter');
    await page.locator('#search-results .result').first().click();
    await eventually(async () => expect(await text('#clause-view h2')).toBe('第16条第2款 实施品牌标准培育战略'));
    expect(await text('#clause-view .clause-text')).toContain('地理标志');
    expect(page.url()).toContain('#clause=art.16.2');
    await page.getByRole('button', { name: '上级：第16条 实施品牌标准培育战略' }).click();
    await eventually(async () => expect(await page.locator('.tree-link[aria-current="true"]').innerText()).toBe('第16条 实施品牌标准培育战略'));
    await screenshot(page, 'console-clauses-1280');
  });

  it('calculates art.13 abroad from a generated form: 25 % of the agency fees, capped for the US', async () => {
    await page.keyboard.press('Alt+2');
    const rule = page.getByLabel('奖补项目');
    await rule.selectOption({ label: '第13条 · 国外专利维权补助' });
    await page.getByLabel(/国外专利诉讼所在国家或地区/).fill('美国');
    await page.getByLabel(/国外专利诉讼是否最终胜诉/).selectOption({ label: '是' });
    const fees = page.getByLabel(/国外专利诉讼实际支付的维权代理费/);
    await fees.fill('40万');
    await fees.press('Enter');
    await eventually(async () => expect(await text('.calc-headline')).toBe('可获 10万元（100,000元）'));
    expect(await page.locator('#calc-result .calc-cap').count()).toBe(0);

    await fees.fill('200万');
    await fees.press('Enter');
    await eventually(async () => expect(await text('.calc-headline')).toBe('可获 30万元（300,000元）'));
    expect(await text('#calc-result .calc-cap')).toContain('上限30万元（按比例计算为50万元）');
    expect(await page.locator('#calc-result .step.pass').count()).toBeGreaterThan(0);
    expect(await page.locator('#calc-result blockquote').allInnerTexts()).toEqual(
      expect.arrayContaining(['按其维权代理费的25%予以补助', '美国、日本、欧盟国家最高不超过30万元']),
    );
    await screenshot(page, 'console-calculator-1280');

    // Unknown facts are left out, and the result says what to ask the caller.
    await page.getByLabel(/国外专利诉讼是否最终胜诉/).selectOption({ label: '未知 / 未填写' });
    await fees.press('Enter');
    await eventually(async () => expect(await text('.calc-headline')).toBe('还需补充信息才能测算'));
    expect(await text('#calc-result .needs')).toContain('国外专利诉讼是否最终胜诉');

    // Bad input is refused in the browser with a Chinese message, before any request.
    await fees.fill('很多');
    await fees.press('Enter');
    await eventually(async () => expect(await page.locator('.field-error:not([hidden])').innerText()).toContain('请输入数字'));
  });

  it('builds repeatable rows for a list of loans and counts for repeatable awards', async () => {
    await page.getByLabel('奖补项目').selectOption({ label: '第4条第1款 · 知识产权质押贷款贴息' });
    await page.getByRole('button', { name: '＋ 添加一项' }).click();
    await page.getByLabel(/质押的知识产权类别/).selectOption('专利权');
    await page.getByLabel(/该笔贷款本金总额/).fill('500万');
    await page.getByLabel(/其中通过知识产权质押获得的贷款本金/).fill('500万');
    await page.getByLabel(/计息的月数/).fill('12');
    await page.getByLabel(/实际支付的利息总额/).fill('20万');
    await page.getByLabel(/是否按期正常偿还/).selectOption({ label: '是' });
    await page.getByLabel(/申请贴息的年度/).fill('2024');
    await page.getByLabel(/申请贴息的年度/).press('Enter');
    await eventually(async () => expect(await text('.calc-headline')).toMatch(/^可获 .+万元/));

    await page.getByLabel('奖补项目').selectOption({ label: '第7条 · 中国专利奖配套奖励' });
    await page.getByLabel('金奖').fill('1');
    await page.getByLabel('优秀奖').fill('2');
    await page.getByLabel('优秀奖').press('Enter');
    await eventually(async () => expect(await text('.calc-headline')).toMatch(/^可获 /));
  });

  it('chats with a "copy for the caller" button that gives plain text with clause references', async () => {
    await page.getByRole('tab', { name: '3 智能问答' }).click();
    await page.getByLabel('输入问题').fill('今年新增高价值发明专利35件，能奖励多少？');
    // The console's chat goes through its own, login-only route; no header claims the channel.
    const sent = page.waitForRequest((r) => r.method() === 'POST' && /\/api\/(console\/)?chat/.test(r.url()));
    await page.getByLabel('输入问题').press('Enter');
    const request = await sent;
    expect(new URL(request.url()).pathname).toBe('/api/console/chat/stream');
    expect(request.headers()['x-chat-channel']).toBeUndefined();
    const answer = page.locator('#panel-chat .msg.assistant').last();
    await answer.locator('.actions').waitFor();
    await answer.getByRole('button', { name: '复制给来电人' }).click();
    await eventually(async () => expect((await answer.getByRole('status').innerText()).trim()).toBe('已复制'));
    const copied = await clipboardText(page);
    expect(copied).toContain('60万元');
    expect(copied).toContain('引用条款：第2条 培育高价值发明专利（art.2）');
    expect(copied).not.toMatch(/\*\*|<[a-z]/);
    // The conversation is kept for this tab only, never in localStorage.
    expect(await page.evaluate(`localStorage.length`)).toBe(0);
    expect(await page.evaluate(`JSON.parse(sessionStorage.getItem('jd-ip-console-chat.v1')).items.length`)).toBe(2);
    // At desktop width the input spans the chat column, aligned with the messages, and stays on screen.
    const composer = (await page.locator('#panel-chat .composer textarea').boundingBox())!;
    const messages = (await page.locator('#panel-chat .messages').boundingBox())!;
    expect(composer.width).toBeGreaterThan(700);
    expect(Math.abs(composer.x - messages.x)).toBeLessThanOrEqual(16);
    expect(composer.y + composer.height).toBeLessThanOrEqual(DESKTOP.height);
    await screenshot(page, 'console-chat-1280');
  });

  it('lists unanswered questions and thumbs-down with the comment, newest first', async () => {
    await page.getByLabel('输入问题').fill('帮我写一首诗');
    await page.getByLabel('输入问题').press('Enter');
    const outOfScope = page.locator('#panel-chat .msg.assistant').nth(1);
    await outOfScope.locator('.actions').waitFor();
    const first = page.locator('#panel-chat .msg.assistant').first();
    await first.getByRole('button', { name: '没帮助' }).click();
    await first.getByLabel('补充意见（可选）').fill('来电人问的是发明专利');
    await first.getByRole('button', { name: '提交意见' }).click();
    await eventually(async () => expect((await first.getByRole('status').innerText()).trim()).toBe('已收到您的意见，谢谢！'));

    await page.getByRole('tab', { name: '4 待改进问题' }).click();
    await eventually(async () => expect(await page.locator('.gap').count()).toBe(2));
    const gaps = page.locator('.gap');
    expect(await gaps.nth(0).locator('.gap-question').innerText()).toBe('今年新增高价值发明专利35件，能奖励多少？');
    expect(await gaps.nth(0).locator('.badge').innerText()).toBe('用户评价没帮助');
    expect(await gaps.nth(0).locator('.gap-comment').innerText()).toBe('用户意见：来电人问的是发明专利');
    expect(await gaps.nth(1).locator('.gap-question').innerText()).toBe('帮我写一首诗');
    expect(await gaps.nth(1).locator('.badge').innerText()).toBe('超出政策范围');
    expect(await gaps.nth(1).locator('.gap-meta').innerText()).toContain('坐席');
    await screenshot(page, 'console-gaps-1280');
  });

  it('is usable at phone width too', async () => {
    const phone = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', storageState: await context.storageState() });
    const small = await phone.newPage();
    await small.goto(`${running.url}/console`);
    await small.getByRole('tab', { name: '2 奖补测算' }).click();
    await small.getByLabel('奖补项目').waitFor();
    expect(await pageWidth(small)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(small, 'console-calculator-360');

    // The chat at 360 px: 新对话 on one line, the input on screen (not pushed below it).
    await small.getByRole('tab', { name: '3 智能问答' }).click();
    const fresh = (await small.getByRole('button', { name: '新对话' }).boundingBox())!;
    expect(fresh.height).toBeLessThanOrEqual(48);
    expect(fresh.width).toBeGreaterThan(fresh.height);
    const room = await placeholderRoom(small);
    expect(room.text).toBeLessThanOrEqual(room.box);
    const send = (await small.getByRole('button', { name: '发送' }).boundingBox())!;
    expect(send.y + send.height).toBeLessThanOrEqual(PHONE.height);
    await small.getByLabel('输入问题').fill('驰名商标奖励多少');
    await small.getByLabel('输入问题').press('Enter');
    await small.locator('#panel-chat .msg.assistant .actions').waitFor();
    const afterAnswer = (await small.getByRole('button', { name: '发送' }).boundingBox())!;
    expect(afterAnswer.y + afterAnswer.height).toBeLessThanOrEqual(PHONE.height);
    expect(await pageWidth(small)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(small, 'console-chat-360');
    await phone.close();
  });

  it('signs out, leaving no caller details on the PC', async () => {
    expect(await page.evaluate(`sessionStorage.getItem('jd-ip-console-chat.v1')`)).not.toBeNull();
    await page.getByRole('button', { name: '退出' }).click();
    await page.getByLabel('访问令牌').waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/console/gaps')).status)).toBe(401);
    expect(await page.evaluate(`sessionStorage.length + localStorage.length`)).toBe(0);
    // The next staff member signing in on this PC starts with an empty chat.
    await page.getByLabel('访问令牌').fill(CONSOLE_TOKEN);
    await page.getByLabel('访问令牌').press('Enter');
    await page.getByRole('tab', { name: '3 智能问答' }).click();
    await page.getByLabel('输入问题').waitFor();
    expect(await page.locator('#panel-chat .msg').count()).toBe(0);
    expect(jsErrors(page)).toEqual([]);
  });
});
