import { classifyJurisdiction, EU_MEMBER_STATES } from './countries';

describe('jurisdictions for art.13', () => {
  it('lists the 27 EU member states', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(EU_MEMBER_STATES).not.toContain('英国');
  });

  it.each([
    ['美国', 'us-japan-eu', '美国'],
    [' United States ', 'us-japan-eu', '美国'],
    ['the USA', 'us-japan-eu', '美国'],
    ['U.S.', 'us-japan-eu', '美国'],
    ['JAPAN', 'us-japan-eu', '日本'],
    ['德国', 'us-japan-eu', '德国'],
    ['Germany', 'us-japan-eu', '德国'],
    ['Czech Republic', 'us-japan-eu', '捷克'],
    ['欧盟', 'us-japan-eu', '欧盟'],
    ['韩国', 'other', '韩国'],
    ['Thailand', 'other', 'Thailand'],
    ['英国', 'other', '英国'],
    ['中国香港', 'domestic', '香港'],
    ['Taiwan', 'domestic', '台湾'],
    ['澳门', 'domestic', '澳门'],
  ])('%s → %s (%s)', (raw, group, name) => {
    expect(classifyJurisdiction(raw)).toMatchObject({ group, name });
  });

  it('says why the United Kingdom is not an EU country', () => {
    expect(classifyJurisdiction('UK').note).toContain('退出欧盟');
  });
});
