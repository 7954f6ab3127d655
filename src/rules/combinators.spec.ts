import { capAt, decide, fixed, highestTier, limitTo, percentOf, perUnit, sumOf } from './combinators';
import { atLeast, isTrue, known } from './conditions';
import { Param } from './rule';

const p = (id: string, value: number, role: Param['role'] = 'amount', unit: Param['unit'] = 'yuan'): Param => ({
  id,
  label: id,
  value,
  unit,
  role,
  clauseId: 'art.4.2',
  quote: 'q',
  document: 'jindong-ip-2023-draft',
  effective: { from: null, to: null },
});

describe('formula combinators', () => {
  it('fixed, perUnit and percentOf keep integer yuan and say when they round down', () => {
    expect(fixed(p('a', 50000)).yuan).toBe(50000);
    expect(perUnit(3, '件', p('u', 100000, 'unit-amount')).steps[0].detail).toBe('3件 × 10万元 = 30万元');
    // 12 345 × 50 % = 6172.5 → 6172
    const half = percentOf(12345, '保费', p('r', 50, 'rate', 'percent'));
    expect(half.yuan).toBe(6172);
    expect(half.steps[0].detail).toBe('保费12345元 × 50% = 6172元（不足1元部分舍去）');
    expect(percentOf(20000, '保费', p('r', 50, 'rate', 'percent')).steps[0].detail).toBe('保费2万元 × 50% = 1万元');
  });

  it.each([
    // under, at, above the cap
    [99999, 99999, false],
    [100000, 100000, false],
    [100001, 100000, true],
  ])('capAt(%d, 10万) = %d (applied %s)', (yuan, expected, applied) => {
    const capped = capAt(fixed(p('a', yuan)), p('cap', 100000, 'cap'), '每年');
    expect(capped.yuan).toBe(expected);
    expect(capped.caps.length > 0).toBe(applied);
  });

  it('limits by a fact and sums parts', () => {
    expect(limitTo(fixed(p('a', 500)), 300, { clauseId: 'art.4.1', label: 'l', what: '实际利息' }).yuan).toBe(300);
    expect(limitTo(fixed(p('a', 200)), 300, { clauseId: 'art.4.1', label: 'l', what: '实际利息' }).yuan).toBe(200);
    const total = sumOf([fixed(p('a', 1)), fixed(p('b', 2))], { clauseId: 'art.7', label: '合计' });
    expect(total.yuan).toBe(3);
    expect(total.steps.at(-1)?.detail).toBe('1元 + 2元 = 3元');
    const single = fixed(p('a', 1));
    expect(sumOf([single], { clauseId: 'art.7', label: '合计' })).toBe(single);
  });

  const count = (v: number | undefined) => known(v, { fact: 'n', question: 'n？' });
  const tiers = (v: number | undefined) =>
    highestTier({ clauseId: 'art.2', label: '档次' }, [
      { name: '高档', award: p('hi', 600000), conds: [atLeast({ label: '≥30', subject: '件数', input: count(v), threshold: p('t30', 30, 'threshold', 'count'), format: String })] },
      { name: '低档', award: p('lo', 200000), conds: [atLeast({ label: '≥10', subject: '件数', input: count(v), threshold: p('t10', 10, 'threshold', 'count'), format: String })] },
    ]);

  it('pays the highest tier met and never a lower one as well', () => {
    expect(tiers(30).chosen?.name).toBe('高档');
    expect(tiers(30).cond.substeps?.some((s) => s.kind === 'note' && s.detail.includes('低档不再重复奖补'))).toBe(true);
    expect(tiers(10).chosen?.name).toBe('低档');
    expect(tiers(9).cond.outcome).toBe(false);
    expect(tiers(undefined).cond).toMatchObject({ outcome: undefined, needs: [{ fact: 'n', question: 'n？' }] });
  });

  it('decides: failing beats unknown, unknown beats computing, zero is not eligible', () => {
    const yes = isTrue({ clauseId: 'art.11', label: 'x', input: known(true, { fact: 'a', question: 'a？' }), yes: '是', no: '否' });
    const no = isTrue({ clauseId: 'art.11', label: 'x', input: known(false, { fact: 'a', question: 'a？' }), yes: '是', no: '否' });
    const unknown = isTrue({ clauseId: 'art.11', label: 'x', input: known<boolean>(undefined, { fact: 'b', question: 'b？' }), yes: '是', no: '否' });
    const award = () => fixed(p('a', 30000));
    expect(decide([no, unknown], award)).toMatchObject({ status: 'ineligible', reasons: ['否'] });
    expect(decide([yes, unknown], award)).toMatchObject({ status: 'needs-info', needsInfo: [{ fact: 'b', question: 'b？' }] });
    expect(decide([yes], award, ['说明'])).toMatchObject({ status: 'eligible', amountYuan: 30000, notes: ['说明'] });
    expect(decide([yes], () => fixed(p('z', 0)))).toMatchObject({ status: 'ineligible', amountYuan: 0 });
  });
});
