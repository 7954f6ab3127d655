/**
 * Records are grouped by the day in Beijing time (UTC+8, no daylight saving), where the service and its
 * users are, whatever time zone the server runs in.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function dayOf(at: Date | string): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `days` days before `day` (negative moves forward). */
export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isCalendarDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
}

/** `2024-05-01 08:30:00` in Beijing time, for people reading exports. */
export function beijingTime(at: string): string {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return at;
  return new Date(t + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
