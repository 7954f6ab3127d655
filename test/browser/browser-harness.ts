import { INestApplication } from '@nestjs/common';
import { existsSync, mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium as playwrightChromium, Page } from 'playwright-core';
import { createApp } from '../create-app';
import { chromiumAt, Requirement } from '../support/system-service';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CONSOLE_TOKEN = 'browser-test-console-token-0123456789';
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };
const SCREENSHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

export interface RunningApp {
  app: INestApplication;
  url: string;
}

/** The real application on a random local port, recording into the test's temporary DATA_DIR. */
export async function startApp(): Promise<RunningApp> {
  // The portal of the embedding tests runs on another local port: any site may frame the page here.
  const app = await createApp({ env: { CONSOLE_TOKEN, WEB_FRAME_ANCESTORS: '*' } });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** Debian's Chromium, which the browser suites need (skipped without it on a bare machine, a failure under CI). */
export const chromium = (): Requirement => chromiumAt(CHROMIUM);

export async function launchChromium(): Promise<Browser> {
  return playwrightChromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, viewport: { width: number; height: number }, origin?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, hasTouch: viewport.width < 600 });
  if (origin) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  // A failing script would otherwise show up only as a missing element later.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  (page as Page & { jsErrors: string[] }).jsErrors = errors;
  return { context, page };
}

export function jsErrors(page: Page): string[] {
  return (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
}

/** Test artifacts (not committed): artifacts/screenshots/<name>.png */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Retries a check (jest expectations inside) until it passes or `timeoutMs` runs out, then fails with the
 * check's own message. Pages update asynchronously; this waits for a state, it does not measure time.
 */
export async function eventually(check: () => unknown, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Page-side code is passed as strings: this project's TypeScript has no DOM library.
export async function isFocused(locator: import('playwright-core').Locator): Promise<boolean> {
  return locator.evaluate((node: { ownerDocument: { activeElement: unknown } }) => node === node.ownerDocument.activeElement);
}

export async function pageWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate<string>('navigator.clipboard.readText()');
}

/** Width of the question box's placeholder text (in the box's own font) and of the room it has, in px. */
export async function placeholderRoom(page: Page): Promise<{ text: number; box: number }> {
  return page.evaluate<{ text: number; box: number }>(`(() => {
    const input = document.getElementById('message');
    const style = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = style.fontSize + ' ' + style.fontFamily;
    return { text: ctx.measureText(input.placeholder).width, box: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  })()`);
}
