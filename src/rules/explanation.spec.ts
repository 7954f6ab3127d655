import { clauseRef, explain } from './explanation';
import { Verdict } from './rule';

describe('explanation', () => {
  it.each([
    ['art.4.1', '第4条第1款'],
    ['art.16', '第16条'],
    ['final.stacking', 'final.stacking'],
  ])('clauseRef(%s) = %s', (id, ref) => {
    expect(clauseRef(id)).toBe(ref);
  });

  const v = (over: Partial<Verdict>): Verdict => ({ status: 'eligible', amountYuan: 0, trace: [], needsInfo: [], caps: [], reasons: [], notes: [], ...over });

  it('is deterministic and built only from the verdict', () => {
    const verdict = v({
      status: 'eligible',
      amountYuan: 100000,
      caps: [{ scope: '每年', capYuan: 100000, uncappedYuan: 150000, clauseId: 'art.4.2', paramId: 'x' }],
      trace: [{ clauseId: 'art.4.2', kind: 'calculation', label: 'l', detail: '保费30万元 × 50% = 15万元', paramIds: [] }],
    });
    const text = explain({ title: '知识产权保险保费补助', clauseId: 'art.4.2' }, verdict, ['口径'], ['提示']);
    expect(text).toBe(explain({ title: '知识产权保险保费补助', clauseId: 'art.4.2' }, verdict, ['口径'], ['提示']));
    expect(text.split('\n')).toEqual([
      '【知识产权保险保费补助】（第4条第2款）',
      '结论：符合条件，测算可获10万元（100000元）。',
      '核对与计算：',
      '1. ［第4条第2款］保费30万元 × 50% = 15万元',
      '已适用上限：每年按10万元封顶（未封顶为15万元，第4条第2款）。',
      '测算口径：',
      '- 口径',
      '提示：',
      '- 提示',
    ]);
  });

  it('states what is missing, or why not, and leaves out empty sections', () => {
    expect(explain({ title: 'T', clauseId: 'art.2' }, v({ status: 'needs-info', needsInfo: [{ fact: 'n', question: '几件？' }] }), [], [])).toBe(
      '【T】（第2条）\n结论：尚缺信息，暂无法测算。请补充：几件？',
    );
    expect(explain({ title: 'T', clauseId: 'art.2' }, v({ status: 'ineligible', reasons: ['数量9件，未达到10件'] }), [], [])).toBe(
      '【T】（第2条）\n结论：不符合条件——数量9件，未达到10件。',
    );
  });
});
