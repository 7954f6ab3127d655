/**
 * An unbounded quantifier on anything but one character or one character class (`.*`, `(…)+`): those
 * can nest and backtrack. A run of one class (`[\s-]*` between two words) stays linear; the growth test
 * (test/understanding-growth.e2e-spec.ts) times the generated patterns either way.
 */
export function unbounded(source: string): boolean {
  const bare = source.replace(/\\.[*+]?/g, '').replace(/\[[^\]]*\][*+]?/g, '');
  return /[.)][*+]/.test(bare);
}
