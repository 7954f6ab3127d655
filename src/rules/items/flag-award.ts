import { decide, fixed } from '../combinators';
import { isTrue, Known } from '../conditions';
import { Param, Verdict } from '../rule';

/** A fixed award for one yes/no fact (获得认证、新获认定 …); the award step is labelled `awardLabel`, else the parameter's label. */
export function flagAward(o: { label: string; yes: string; no: string; awardLabel?: string }, input: Known<boolean>, award: Param): Verdict {
  return decide([isTrue({ clauseId: award.clauseId, label: o.label, input, yes: o.yes, no: o.no })], () => fixed(award, o.awardLabel));
}
