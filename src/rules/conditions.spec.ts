import { allOf, anyOf, atLeast, check, combine, given, includes, isFalse, isTrue, known, moreThan, positive } from './conditions';
import { Param } from './rule';

const ask = (fact: string) => ({ fact, question: `${fact}？` });
const T: Param = {
  id: 't.min', label: '门槛', value: 10, unit: 'count', role: 'threshold', clauseId: 'art.2', quote: '10件以上',
  document: 'jindong-ip-2023-draft', effective: { from: null, to: null },
};
const n = (v: number | undefined) => known(v, ask('n'));
const b = (v: boolean | undefined) => known(v, ask('b'));
const fmt = (x: number) => `${x}件`;
const base = { clauseId: 'art.2', label: '条件' };

describe('three-valued conditions', () => {
  it.each([
    // 以上/不少于: the threshold itself passes, one below fails
    [10, true],
    [9, false],
    [undefined, undefined],
  ])('atLeast(%s ≥ 10) → %s', (v, outcome) => {
    expect(atLeast({ label: 'x', subject: '数量', input: n(v), threshold: T, format: fmt }).outcome).toBe(outcome);
  });

  it.each([
    // 超过: the threshold itself fails
    [10, false],
    [11, true],
    [undefined, undefined],
  ])('moreThan(%s > 10) → %s', (v, outcome) => {
    expect(moreThan({ label: 'x', subject: '数量', input: n(v), threshold: T, format: fmt }).outcome).toBe(outcome);
  });

  it('names the failing value and the threshold', () => {
    expect(atLeast({ label: 'x', subject: '数量', input: n(9), threshold: T, format: fmt }).detail).toBe('数量9件，未达到10件');
    expect(moreThan({ label: 'x', subject: '数量', input: n(10), threshold: T, format: fmt }).detail).toBe('数量10件，未超过10件');
  });

  it('asks for a missing fact instead of assuming it', () => {
    const c = isTrue({ ...base, input: b(undefined), yes: '是', no: '否' });
    expect(c).toMatchObject({ outcome: undefined, needs: [ask('b')], detail: '条件：尚缺信息' });
    expect(isFalse({ ...base, input: b(undefined), yes: '是', no: '否' }).outcome).toBeUndefined();
    expect(isFalse({ ...base, input: b(false), yes: '是', no: '否' })).toMatchObject({ outcome: true, detail: '否' });
    expect(includes({ ...base, input: known<readonly string[]>(undefined, ask('l')), option: 'a', yes: 'y', no: 'n' }).outcome).toBeUndefined();
    expect(check({ ...base, input: known<string>(undefined, ask('c')), ok: true, detail: 'd' }).outcome).toBeUndefined();
    expect(positive({ ...base, input: n(undefined), subject: '保费', format: fmt }).outcome).toBeUndefined();
    expect(positive({ ...base, input: n(0), subject: '保费', format: fmt })).toMatchObject({ outcome: false, detail: '保费为0件，无可奖补的基数' });
    expect(given({ ...base, input: n(undefined), show: String }).needs).toEqual([ask('n')]);
  });

  it('combines two facts only when both are known', () => {
    expect(combine(n(5), known(3, ask('m')), (x, y) => x - y)).toEqual({ value: 2, needs: [] });
    expect(combine(n(undefined), known<number>(undefined, ask('m')), (x, y) => x - y)).toEqual({ value: undefined, needs: [ask('n'), ask('m')] });
  });

  const yes = isTrue({ ...base, input: b(true), yes: '是', no: '否' });
  const no = isTrue({ ...base, input: b(false), yes: '是', no: '否' });
  const unknown = isTrue({ ...base, input: b(undefined), yes: '是', no: '否' });

  it.each([
    [[yes, yes], true],
    [[yes, no, unknown], false],
    [[yes, unknown], undefined],
  ])('allOf %#', (conds, outcome) => {
    const c = allOf(base, conds);
    expect(c.outcome).toBe(outcome);
    expect(c.needs.length > 0).toBe(outcome === undefined);
  });

  it.each([
    [[no, yes], true],
    [[no, no], false],
    [[no, unknown], undefined],
  ])('anyOf %#', (conds, outcome) => {
    expect(anyOf(base, conds).outcome).toBe(outcome);
  });

  it('explains a failed anyOf with every alternative, and de-duplicates questions', () => {
    expect(anyOf(base, [no, no]).detail).toBe('否；否');
    expect(anyOf(base, [yes]).detail).toBe('是');
    expect(anyOf(base, [unknown]).detail).toBe('条件：尚缺信息');
    expect(allOf(base, [unknown, unknown]).needs).toEqual([ask('b')]);
  });
});
