import { RULES } from '../../rules/rules.registry';
import { buildChatTools } from '../testing/build-chat-tools';
import { ChatTools } from './chat-tools';

describe('ChatTools', () => {
  let tools: ChatTools;
  beforeAll(async () => {
    tools = await buildChatTools();
  });

  it('offers one calculation tool per rule plus eligibility, search and lookup, with names a model API accepts', () => {
    const names = tools.list().map((t) => t.name);
    expect(names).toHaveLength(RULES.length + 3);
    expect(names).toEqual(expect.arrayContaining(['calculate_high-value-patents', 'check_eligibility', 'search_clauses', 'get_clause']));
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    for (const t of tools.list()) expect(t.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it('calculates through the rule', async () => {
    const c = await tools.calculate('high-value-patents', { newHighValueInventionPatentsCount: 30 });
    expect(c).toMatchObject({ eligible: true, amountYuan: 600_000, clauseId: 'art.2' });
  });

  it('returns Chinese errors for unknown tools and bad arguments instead of throwing', async () => {
    expect(await tools.invoke('calculate_nope', {})).toEqual({ error: '没有名为“calculate_nope”的工具' });
    const bad = (await tools.invoke('calculate_high-value-patents', { newHighValueInventionPatentsCount: -3 })) as { error: string };
    expect(bad.error).toContain('newHighValueInventionPatentsCount');
    await expect(tools.calculate('high-value-patents', { newHighValueInventionPatentsCount: 'x' })).rejects.toThrow('参数无效');
  });

  it('searches and reads clauses', async () => {
    const hits = (await tools.invoke('search_clauses', { q: '知识产权保险', k: 2 })) as { clauseId: string }[];
    expect(hits[0].clauseId).toBe('art.4.2');
    expect(await tools.invoke('get_clause', { clauseId: 'final.validity' })).toMatchObject({ label: '施行日期与有效期' });
    expect(await tools.invoke('search_clauses', { q: '' })).toHaveProperty('error');
  });
});
