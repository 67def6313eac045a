// Words in generated sentences. A label (written to stand alone, "RAT tepat waktu") as it reads
// inside a sentence: in lower case, except the words its dictionary keeps as written, its
// acronyms and names (RAT, ODOC, Merah Putih) — the dictionary is the one list of those words
// (`words.keepCase` in i18n/*.ts). And a list of names, cut short the one way (rank.ts `shorten`).
import type { Format } from './format.ts';
import type { Strings } from './i18n/id.ts';
import { shorten } from './rank.ts';

/** At most `max` names, then "and N others" (N ≥ 2: one more is named instead), as one list. */
export function names(items: readonly string[], f: Format, t: Strings, max = 8): string {
  const { shown, rest } = shorten(items, max);
  return f.list(rest === 0 ? shown : [...shown, t.brief.others(f.number(rest))]);
}

/** The label in lower case, but for the words in `keepCase`, which stay as written. */
export function inSentence(label: string, keepCase: ReadonlySet<string>): string {
  return label.replace(/\p{L}+/gu, (word) => (keepCase.has(word) ? word : word.toLowerCase()));
}
