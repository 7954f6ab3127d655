import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('focus ring (WCAG 1.4.11, two-tone technique C40)', () => {
  const css = ['web/assets/chat.css', 'console/assets/console.css'].map((f) => readFileSync(join(__dirname, '..', f), 'utf8')).join('\n');
  const vars = Object.fromEntries([...css.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1], m[2].toLowerCase()]));
  const outer = vars['focus-outer'];
  const inner = vars['focus-inner'];
  // Every background a focusable control sits on or has: page, cards, the blue bar and buttons, soft chips,
  // the draft note, calculation cards, the disabled send button, tinted hover states and highlights.
  const backgrounds = {
    page: vars.bg,
    card: vars.card,
    primary: vars.primary,
    'primary-dark': vars['primary-dark'],
    'primary-soft': vars['primary-soft'],
    'warn-bg': vars['warn-bg'],
    'calc-card': '#fafbfc',
    'calc-card eligible': '#f3faf4',
    'send disabled': '#8a9bb8',
    'chip hover': '#d3e3fd',
    'quote block': '#f4f7fc',
    mark: '#ffe08a',
  };

  it('is drawn with both tones on every focused control', () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--focus-outer\)[^}]*box-shadow:\s*0 0 0 2px var\(--focus-inner\)/);
    expect(css).not.toMatch(/var\(--focus\)/);
  });

  it('the two tones are at least 9:1 apart, so one of them reaches 3:1 on any colour', () => {
    expect(contrast(outer, inner)).toBeGreaterThanOrEqual(9);
  });

  it.each(Object.entries(backgrounds))('reaches 3:1 against %s', (_, background) => {
    expect(background).toMatch(/^#[0-9a-f]{6}$/);
    expect(Math.max(contrast(outer, background), contrast(inner, background))).toBeGreaterThanOrEqual(3);
  });

  it('the old single orange ring failed (2.2:1 on white, 2.8:1 on the blue bar)', () => {
    expect(contrast('#f29900', '#ffffff')).toBeLessThan(3);
    expect(contrast('#f29900', vars.primary)).toBeLessThan(3);
  });
});
