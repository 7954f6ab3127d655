/**
 * Characters nobody types on purpose but attackers and copy-paste bring along: zero-width and
 * bidi controls, Unicode tag characters (invisible prompt injection), C0/C1 controls other than
 * line breaks and tabs. Stripped before anything reads the text.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]|[\u{e0000}-\u{e007f}]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
