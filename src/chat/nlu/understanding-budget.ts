/**
 * A time budget for reading one message. Understanding is linear in the message length, so the budget is
 * a backstop, not the plan: should some input still take too long, the turn is answered safely (clause
 * search) instead of holding the event loop for everyone else. Reading is synchronous, so the deadline
 * is module state set around one synchronous call and checked at points the readers pass often.
 */
export const DEFAULT_UNDERSTANDING_BUDGET_MS = 250;

export class UnderstandingOverBudget extends Error {
  constructor(readonly budgetMs: number) {
    super(`理解用户消息超过 ${budgetMs} ms 的时限`);
    this.name = 'UnderstandingOverBudget';
  }
}

let deadline = Infinity;
let budget = 0;

/** Runs `read` with a deadline `ms` from now (a nested call cannot extend an outer deadline). */
export function withinBudget<T>(ms: number, read: () => T): T {
  const [outerDeadline, outerBudget] = [deadline, budget];
  const mine = performance.now() + ms;
  if (mine < deadline) [deadline, budget] = [mine, ms];
  try {
    return read();
  } finally {
    [deadline, budget] = [outerDeadline, outerBudget];
  }
}

/** Throws UnderstandingOverBudget once the current deadline has passed; free outside `withinBudget`. */
export function checkBudget(): void {
  if (deadline !== Infinity && performance.now() >= deadline) throw new UnderstandingOverBudget(budget);
}
