import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPrompts } from './prompts';

describe('loadPrompts', () => {
  it('loads the Chinese system prompt and answer format with a stable hash', () => {
    const a = loadPrompts();
    expect(a.system).toContain('calculate_');
    expect(a.system).toContain('本政策没有规定');
    expect(a.answerFormat).toContain('征求意见稿');
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(loadPrompts().hash).toBe(a.hash);
  });

  it('changes the hash when a prompt changes, and names a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    writeFileSync(join(dir, 'system.zh.md'), '甲');
    writeFileSync(join(dir, 'answer-format.zh.md'), '乙');
    const one = loadPrompts(dir).hash;
    writeFileSync(join(dir, 'answer-format.zh.md'), '丙');
    expect(loadPrompts(dir).hash).not.toBe(one);
    expect(() => loadPrompts(mkdtempSync(join(tmpdir(), 'prompts-')))).toThrow('缺少提示词文件');
  });
});
