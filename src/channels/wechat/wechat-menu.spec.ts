import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MENU, loadWeChatMenu } from './wechat-menu';

describe('loadWeChatMenu', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wechat-menu-'));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('uses the built-in menu without a file; its welcome lists example questions and the draft note', () => {
    expect(loadWeChatMenu()).toBe(DEFAULT_MENU);
    expect(DEFAULT_MENU.welcome).toContain('征求意见稿');
    expect(Object.keys(DEFAULT_MENU.items).length).toBeGreaterThan(0);
  });

  it('reads a menu file; its items replace the built-in ones, the welcome defaults', () => {
    const menu = loadWeChatMenu(file('ok.json', JSON.stringify({ items: { HOTLINE: { answer: '请拨打 12345。' }, ASK: { prompt: '有效期多久？' } } })));
    expect(menu.items).toEqual({ HOTLINE: { answer: '请拨打 12345。' }, ASK: { prompt: '有效期多久？' } });
    expect(menu.welcome).toBe(DEFAULT_MENU.welcome);
  });

  it.each([
    ['bad.json', '{ not json', '不是合法的 JSON'],
    ['both.json', JSON.stringify({ items: { A: { answer: 'x', prompt: 'y' } } }), '格式错误'],
    ['key.json', JSON.stringify({ items: { 'bad key!': { answer: 'x' } } }), '菜单 key'],
    ['extra.json', JSON.stringify({ items: {}, colour: 'red' }), '格式错误'],
  ])('refuses %s with a Chinese message naming WECHAT_MENU_FILE', (name, content, expected) => {
    expect(() => loadWeChatMenu(file(name, content))).toThrow(expected);
    expect(() => loadWeChatMenu(file(name, content))).toThrow('WECHAT_MENU_FILE');
  });

  it('refuses a missing file', () => {
    expect(() => loadWeChatMenu(join(dir, 'missing.json'))).toThrow('无法读取');
  });
});
