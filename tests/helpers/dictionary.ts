// A dictionary as plain texts, for checks over every UI string: each leaf by its path, and each
// function called with placeholder arguments (as numbers 0, 1, 2 and as a marker string, so
// that every branch shows its words).
export const MARK = '\u0001';

export function texts(value: unknown, path = ''): [path: string, text: string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const call = (arg: unknown) => fn(...Array.from({ length: fn.length }, () => arg));
    // A parameter that is a list gets the marker as its only item.
    const marked = (() => {
      try {
        return call(MARK);
      } catch {
        return call([MARK]);
      }
    })();
    const numbered = [0, 1, 2].flatMap((n) => {
      try {
        return [call(n)];
      } catch {
        return []; // a parameter that must be text
      }
    });
    return [marked, ...numbered].flatMap((v) => texts(v, path));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

/** The fixed words of a text: what stays between the placeholders and the numbers. */
export function fragments(text: string): string[] {
  return text
    .split(new RegExp(`${MARK}|\\d+`))
    .map((s) => s.trim())
    .filter((s) => /\p{L}{3}/u.test(s));
}
