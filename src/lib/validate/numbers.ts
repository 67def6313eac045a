// How one file writes its integers, checked across its rows: one notation for thousands, and
// totals small enough to be summed and shown exactly.
import { LARGEST_EXACT } from '../schema.ts';
import { quote } from './report.ts';

/** A dot-grouped integer cell (`1.234` or `1.234.567`), as the Indonesian Excel writes thousands. */
const DOTTED = /^-?\d{1,3}(?:\.\d{3})+$/;
/** A plain integer of four or more digits: in such a file `250.125` would be an English decimal. */
const PLAIN_THOUSANDS = /^-?\d{4,}$/;

const grouped = new Intl.NumberFormat('id-ID');

interface Place {
  line: number;
  column: number;
  raw: string;
}

interface ColumnNotation {
  name: string;
  year: boolean;
  plain: Place | null;
  dotted: Place[];
  total: bigint;
  overflow: boolean;
}

/** A problem the notation or totals found, for the table validator to report. */
export interface NumberProblem extends Place {
  name: string;
  message: string;
  kind: string;
}

/**
 * Collects the integer cells of one file (`add`), then (`problems`) reports:
 * - a dotted value in a column that also writes plain numbers of 1,000 or more, or in a file
 *   whose only dotted column is this one while other columns write plain thousands (years
 *   aside): there the dot is an English-locale decimal, not a thousands separator (contract 1.1,
 *   "A file writes its numbers either dot-grouped or plain");
 * - the cell at which a column's running total of absolute values passes 2^53 − 1, the largest
 *   integer a page can sum and show exactly (contract 1.1, "Stored exactly, or rejected").
 */
export function numberNotation() {
  const columns = new Map<string, ColumnNotation>();
  const problems: NumberProblem[] = [];
  return {
    add(name: string, year: boolean, place: Place, value: number) {
      let c = columns.get(name);
      if (!c) columns.set(name, (c = { name, year, plain: null, dotted: [], total: 0n, overflow: false }));
      if (DOTTED.test(place.raw)) c.dotted.push(place);
      else if (PLAIN_THOUSANDS.test(place.raw)) c.plain ??= place;
      c.total += BigInt(Math.abs(value));
      if (!c.overflow && c.total > BigInt(LARGEST_EXACT)) {
        c.overflow = true;
        problems.push({
          ...place,
          name,
          kind: `${name}:total`,
          message: `membuat jumlah kolom ini di berkas melebihi ${grouped.format(LARGEST_EXACT)}, batas angka yang dapat dijumlah dan ditampilkan tepat; periksa nilai yang terlalu besar`,
        });
      }
    },
    problems(): NumberProblem[] {
      const all = [...columns.values()];
      const dottedColumns = all.filter((c) => c.dotted.length > 0);
      // Evidence of the Indonesian way: a column written dotted throughout (a mixed column is itself suspect).
      const consistentlyDotted = dottedColumns.filter((c) => !c.plain);
      for (const c of dottedColumns) {
        // The same column writes plain thousands; or this is the file's only dotted column among plain ones.
        const other = c.plain || consistentlyDotted.some((o) => o !== c) ? undefined : all.find((o) => o !== c && !o.year && o.plain && o.dotted.length === 0);
        const evidence = c.plain ? `kolom yang angkanya ditulis tanpa pemisah ribuan (mis. baris ${c.plain.line}: ${quote(c.plain.raw)})` : other ? `berkas yang angkanya ditulis tanpa pemisah ribuan (mis. kolom ${other.name} baris ${other.plain!.line}: ${quote(other.plain!.raw)})` : null;
        if (!evidence) continue;
        for (const place of c.dotted) {
          // One dot may be an English decimal; two or more are thousands written the other way.
          const digits = place.raw.replaceAll('.', '');
          problems.push({
            ...place,
            name: c.name,
            kind: `${c.name}:notation`,
            message:
              place.raw.split('.').length > 2
                ? `— titik ribuan di ${evidence}; tulis ${digits}, seperti angka lainnya`
                : `— titik di ${evidence} bisa berarti desimal; tulis ${digits} bila maksudnya ribuan`,
          });
        }
      }
      return problems;
    },
  };
}
