import { versionedParam } from './policy-version';
import { Param, ParamRole, ParamUnit } from './rule';

/** A figure as the first version (the draft) states it; later versions' figures are data (src/rules/policy-version.ts). */
export type ParamDef = Omit<Param, 'id' | 'document' | 'effective'>;

function def(value: number, unit: ParamUnit, role: ParamRole, clauseId: string, quote: string, label: string): ParamDef {
  return { value, unit, role, clauseId, quote, label };
}

/** A fixed award in yuan, e.g. 12万元 → 120000. */
export const amount = (yuan: number, clauseId: string, quote: string, label: string) =>
  def(yuan, 'yuan', 'amount', clauseId, quote, label);

/** An award paid per unit (per 件, per 项, per country). */
export const unitAmount = (yuan: number, clauseId: string, quote: string, label: string) =>
  def(yuan, 'yuan', 'unit-amount', clauseId, quote, label);

/** An upper limit in yuan, applied after the formula. */
export const cap = (yuan: number, clauseId: string, quote: string, label: string) =>
  def(yuan, 'yuan', 'cap', clauseId, quote, label);

/** A whole-percent rate of a base (80 for 80 %). */
export const rate = (percentValue: number, clauseId: string, quote: string, label: string) =>
  def(percentValue, 'percent', 'rate', clauseId, quote, label);

/** A condition's boundary; whether it is inclusive is decided by the condition that uses it. */
export const threshold = (value: number, unit: ParamUnit, clauseId: string, quote: string, label: string) =>
  def(value, unit, 'threshold', clauseId, quote, label);

/**
 * Gives each parameter its stable id `<prefix>.<key>`. Its figure, quote, clause and document are read from
 * the policy version in force (the draft's, written here, unless a later version changes them).
 */
export function defineParams<T extends Record<string, ParamDef>>(prefix: string, defs: T): { readonly [K in keyof T]: Param } {
  const out = {} as { [K in keyof T]: Param };
  for (const key of Object.keys(defs) as (keyof T & string)[]) {
    out[key] = versionedParam({ id: `${prefix}.${key}`, ...defs[key] });
  }
  return out;
}
