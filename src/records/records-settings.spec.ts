import { loadSettings } from '../config/settings';

describe('records settings', () => {
  it('default to ./data kept for 180 days', () => {
    expect(loadSettings({})).toMatchObject({ DATA_DIR: './data', RECORDS_RETENTION_DAYS: 180 });
    expect(loadSettings({ DATA_DIR: '/var/lib/jd', RECORDS_RETENTION_DAYS: '30' })).toMatchObject({ DATA_DIR: '/var/lib/jd', RECORDS_RETENTION_DAYS: 30 });
  });

  it.each(['0', '-1', '1.5', 'forever', '3651'])('RECORDS_RETENTION_DAYS=%s is refused naming the variable', (value) => {
    expect(() => loadSettings({ RECORDS_RETENTION_DAYS: value })).toThrow(/环境变量 RECORDS_RETENTION_DAYS：应为 1–3650 之间的整数（天）/);
  });

  it('cap each kind of record at 200 MB a day by default', () => {
    expect(loadSettings({})).toMatchObject({ RECORDS_MAX_MB_PER_DAY: 200 });
    expect(loadSettings({ RECORDS_MAX_MB_PER_DAY: '50' })).toMatchObject({ RECORDS_MAX_MB_PER_DAY: 50 });
  });

  it.each(['0', '-5', '2.5', 'lots', '102401'])('RECORDS_MAX_MB_PER_DAY=%s is refused naming the variable', (value) => {
    expect(() => loadSettings({ RECORDS_MAX_MB_PER_DAY: value })).toThrow(/环境变量 RECORDS_MAX_MB_PER_DAY：应为 1–102400 之间的整数（MB）/);
  });
});
