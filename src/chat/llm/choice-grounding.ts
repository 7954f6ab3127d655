import { valueAt } from './argument-grounding';

/**
 * Grounding of the yes/no and choice arguments of a rule call (a certification flag, an award level, a
 * pledged right type, a list of titles), which number grounding cannot see: a model that sets
 * `ipManagementStandardCertified: true`, or picks 国家级 where the user named no level, could otherwise get
 * a figure paid that nobody stated.
 *
 * What it checks against is the offline engine's reading of the same conversation (the session's facts
 * after this turn; the engine always runs first), because that reader already knows how users say these
 * things (贯标了, 没去国家局备案, 早就是示范企业了) and a second lexicon here would drift from it:
 * - the engine read a value and the model's differs: rejected with a correction, whichever way it goes
 *   (a model that contradicts the user is wrong even when it lowers the amount);
 * - the engine read no value, and the model's value would raise the payout (the same call without it
 *   pays less, or nothing): a yes/no fact is allowed only when the user's words mention it (贯标了能拿
 *   多少？ asks about the case of being certified), a choice never — mentioning an alliance's 备案 does
 *   not say at which level, and the levels pay differently. Otherwise the user is asked (needs-info);
 * - a value that does not raise the payout (false, [], 未备案 where those pay nothing) needs no check:
 *   it cannot produce a figure, at worst an ask or an ineligible verdict that the user can correct.
 * Inside lists (the second loan's right type) only an entry of the engine's at the same place is
 * compared; with none there, a value that raises the payout is asked for.
 */

export type ChoiceValue = boolean | string | readonly string[];

export interface UngroundedChoice {
  /** Path of the argument, e.g. `ipManagementStandardCertified` or `ipPledgeLoans.0.repaidOnTime`. */
  path: string;
  value: ChoiceValue;
  /** `conflict`: the user said otherwise (`stated`); `unstated`: nobody said it and it raises the payout. */
  reason: 'conflict' | 'unstated';
  stated?: unknown;
}

export interface ChoiceContext {
  /** The offline engine's facts for the conversation, if known. */
  facts?: Record<string, unknown>;
  /** Profile fields the user's messages talk about (stated or only mentioned). */
  mentioned: ReadonlySet<string>;
  /** What a call with these arguments pays, per rule, in yuan (0 for an error or an ineligible rule). */
  payouts(args: Record<string, unknown>): Promise<Map<string, number>>;
}

function isChoice(value: unknown): value is ChoiceValue {
  return typeof value === 'boolean' || typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return a === b;
}

function without(args: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(args);
  let parent: unknown = copy;
  for (const p of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[p];
  delete (parent as Record<string, unknown>)[path[path.length - 1]];
  return copy;
}

function raises(withIt: Map<string, number>, withoutIt: Map<string, number>): boolean {
  return [...withIt].some(([rule, yuan]) => yuan > (withoutIt.get(rule) ?? 0));
}

/** The yes/no and choice arguments of a rule call that the conversation does not support. */
export async function ungroundedChoices(args: unknown, ctx: ChoiceContext): Promise<UngroundedChoice[]> {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return [];
  const root = args as Record<string, unknown>;
  const found: { path: string[]; value: ChoiceValue }[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (path.length && isChoice(value)) found.push({ path, value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(root, []);

  const out: UngroundedChoice[] = [];
  let full: Map<string, number> | undefined;
  for (const { path, value } of found) {
    const stated = ctx.facts ? valueAt(ctx.facts, path) : undefined;
    if (stated !== undefined) {
      if (!same(stated, value)) out.push({ path: path.join('.'), value, reason: 'conflict', stated });
      continue;
    }
    if (path.length === 1 && typeof value === 'boolean' && ctx.mentioned.has(path[0])) continue;
    full ??= await ctx.payouts(root);
    if (raises(full, await ctx.payouts(without(root, path)))) out.push({ path: path.join('.'), value, reason: 'unstated' });
  }
  return out;
}
