import { checkBudget, UnderstandingOverBudget, withinBudget } from './understanding-budget';

describe('understanding budget', () => {
  it('lets a read finish within its budget and costs nothing outside one', () => {
    expect(withinBudget(10_000, () => (checkBudget(), 42))).toBe(42);
    expect(() => checkBudget()).not.toThrow();
  });

  it('stops a read past its deadline, and the deadline ends with it', () => {
    expect(() => withinBudget(0, () => checkBudget())).toThrow(UnderstandingOverBudget);
    expect(() => withinBudget(0, () => checkBudget())).toThrow('理解用户消息超过 0 ms 的时限');
    expect(() => checkBudget()).not.toThrow();
  });

  it('a nested read cannot extend the outer deadline', () => {
    expect(() => withinBudget(0, () => withinBudget(10_000, () => checkBudget()))).toThrow(UnderstandingOverBudget);
    expect(withinBudget(10_000, () => withinBudget(10_000, () => 'ok'))).toBe('ok');
  });
});
