/**
 * Personal data that must not reach logs or stored records in clear: mainland mobile numbers, landlines,
 * resident ID numbers (18 and 15 digits), bank card numbers and e-mail addresses. Money amounts are left
 * alone: they are shorter than any of these, or carry a unit.
 */
const PATTERNS: [RegExp, (m: string) => string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, () => '[邮箱]'],
  [/(?<![0-9])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g, (m) => `${m.slice(0, 3)}***********${m.slice(-4)}`],
  [/(?<![0-9])\d{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9])/g, (m) => `${m.slice(0, 3)}********${m.slice(-4)}`],
  [/(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9])/g, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`],
  [/(?<![0-9])0\d{2,3}-\d{7,8}(?![0-9])/g, (m) => `${m.slice(0, 4)}****${m.slice(-2)}`],
  [/(?<![0-9])(?:62|4\d|5[1-5])\d{14,17}(?![0-9])/g, (m) => `${m.slice(0, 4)}********${m.slice(-4)}`],
];

export function maskPersonalData(text: string): string {
  return PATTERNS.reduce((t, [re, mask]) => t.replace(re, mask), text);
}
