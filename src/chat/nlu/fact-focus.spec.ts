import { z } from 'zod';
import { profileShape, type ProfileKey } from '../../rules/profile.schema';
import { focusKind } from './fact-focus';

/** Every field whose value is one number, from the schema itself. */
const NUMERIC_FIELDS = (Object.keys(profileShape) as ProfileKey[]).filter((f) => {
  const json = z.toJSONSchema(profileShape[f], { unrepresentable: 'any', io: 'input' }) as { type?: string };
  return json.type === 'number' || json.type === 'integer';
});

/** The kind a field's name says (…Yuan, …Count, …Percent): the reply reader must agree with it. */
function kindByName(field: string): string[] {
  if (field.endsWith('Yuan')) return ['yuan'];
  if (field.endsWith('Count') || field.endsWith('Countries')) return ['count'];
  if (field.endsWith('Percent')) return ['percent', 'rate'];
  if (field.endsWith('Months')) return ['months'];
  if (field.endsWith('Year')) return ['year'];
  return [];
}

describe('focus kinds come from the rules lexicons', () => {
  it('finds the numeric fields of the profile', () => {
    expect(NUMERIC_FIELDS.length).toBeGreaterThan(20);
    expect(NUMERIC_FIELDS).toEqual(expect.arrayContaining(['annualSalesYuan', 'ipRightsStationsPassedCount', 'lprOneYearPercent']));
  });

  it.each(NUMERIC_FIELDS)('%s: a bare reply to its question is read as its kind', (field) => {
    const kind = focusKind(field);
    expect(kind).toBeDefined();
    expect(kindByName(field)).toContain(kind!.kind);
    if (kind!.kind === 'count') expect(kind!.counters?.length).toBeGreaterThan(0);
  });

  it('has none for fields that are no single number', () => {
    expect(focusKind('organizationType')).toBeUndefined();
    expect(focusKind('ipPledgeLoans')).toBeUndefined();
  });
});
