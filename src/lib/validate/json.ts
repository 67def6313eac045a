// JSON files of the data folder (dataset.json, published.json, the GeoJSON): parsed with the
// line of any syntax error, and checked against a zod schema with each issue at its key's line.
import { z } from 'astro/zod';
import { decodeText } from '../text.ts';
import { type Report, lineAt } from './report.ts';

/** Parsed JSON and its text (for lines), or null after reporting a syntax error. */
export function parseJson(bytes: Uint8Array, report: Report): { value: unknown; text: string } | null {
  const decoded = decodeText(bytes, report.path);
  if ('problem' in decoded) {
    report.add(decoded.problem.line, 0, decoded.problem.message, decoded.problem.kind);
    return null;
  }
  const { text } = decoded;
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    // The position only: engines word the error differently, and the browser's check must print
    // the command line's very lines (V8 and Firefox both say "line N column M").
    const at = /line (\d+) column (\d+)/.exec((error as Error).message);
    report.add(at ? Number(at[1]) : 1, at ? Number(at[2]) : 0, 'JSON tidak sah: periksa koma, tanda kutip dan kurung kurawal di sekitar tempat ini (atau simpan ulang dari penyunting JSON)');
    return null;
  }
}

/** Line of the first occurrence of `"key"` in a JSON text (1 when absent). */
export function lineOfKey(text: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const i = text.indexOf(`"${String(key)}"`);
  return i === -1 ? 1 : lineAt(text, i);
}

/** A JSON file checked against a schema; null after reporting every issue. */
export function validateJson<T>(
  bytes: Uint8Array,
  report: Report,
  schema: z.ZodType<T>,
): T | null {
  const json = parseJson(bytes, report);
  if (!json) return null;
  const parsed = schema.safeParse(json.value, { error: z.locales.id().localeError });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    const last = issue.path.at(-1) as string | number | undefined;
    report.add(lineOfKey(json.text, last), 0, `${key === '' ? 'isi berkas' : key}: ${issue.message}`);
  }
  return null;
}
