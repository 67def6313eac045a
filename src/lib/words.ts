// A label (written to stand alone, "RAT tepat waktu") as it reads inside a sentence: in lower
// case, except the words its dictionary keeps as written, its acronyms and names (RAT, ODOC,
// Merah Putih). The dictionary is the one list of those words (`words.keepCase` in i18n/*.ts).

/** The label in lower case, but for the words in `keepCase`, which stay as written. */
export function inSentence(label: string, keepCase: ReadonlySet<string>): string {
  return label.replace(/\p{L}+/gu, (word) => (keepCase.has(word) ? word : word.toLowerCase()));
}
