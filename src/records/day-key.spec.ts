import { beijingTime, dayOf, daysBefore, isCalendarDay } from './day-key';

describe('day keys (Beijing time)', () => {
  it('groups by the day in UTC+8 whatever the server time zone', () => {
    expect(dayOf('2024-12-31T15:59:59.999Z')).toBe('2024-12-31');
    expect(dayOf('2024-12-31T16:00:00.000Z')).toBe('2025-01-01');
    expect(dayOf(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
  });

  it('counts days back across months and leap days', () => {
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2024-01-01', 179)).toBe('2023-07-06');
    expect(daysBefore('2024-01-01', 0)).toBe('2024-01-01');
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-5-1', false],
    ['20240501', false],
  ])('%s is a calendar day: %s', (day, ok) => {
    expect(isCalendarDay(day)).toBe(ok);
  });

  it('writes timestamps in Beijing time for people', () => {
    expect(beijingTime('2024-05-01T00:30:00.000Z')).toBe('2024-05-01 08:30:00');
  });
});
