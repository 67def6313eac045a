// The Satu Data tables as files: one CSV per table (UTF-8 with BOM, formula-safe, comma) and
// one workbook of them all, its first sheet the metadata of every table (in Bahasa Indonesia,
// the portals' language). Listed with size and SHA-256 like every other download.
import { toCsv } from '../export/csv.ts';
import { tablesWorkbook } from '../export/workbook.ts';
import { id as t } from '../i18n/id.ts';
import type { Wilayah } from '../satu-data/layout.ts';
import { type SatuDataMetadata, metadataOf } from '../satu-data/metadata.ts';
import type { SatuDataTable } from '../satu-data/tables.ts';
import type { Dataset } from '../schema.ts';
import type { ViewOptions } from '../view.ts';
import { type Download, download } from './downloads.ts';

/** Where the tables are published, below /data/unduh/. */
export const SATU_DATA_DIR = 'satu-data';
export const WORKBOOK_NAME = 'satu-data-koperasi';

export const tablePath = (table: SatuDataTable) => `${SATU_DATA_DIR}/${table.name}.csv`;
export const workbookPath = () => `${SATU_DATA_DIR}/${WORKBOOK_NAME}.xlsx`;

/** A sheet's name for a table: Excel allows 31 characters (the indicator's key and the level). */
const sheetName = (table: SatuDataTable) => `${table.indicator.key} ${table.level === 'kecamatan' ? 'kec' : 'kab'}`;

export async function satuDataDownloads(tables: readonly SatuDataTable[], dataset: Dataset, wilayah: Wilayah, options: Pick<ViewOptions, 'snapshots'>, logYears: readonly number[]): Promise<Download[]> {
  const out: Download[] = [];
  for (const table of tables) out.push(await download(tablePath(table), new TextEncoder().encode(toCsv(table.header, table.rows)), table.rows.length, null));
  const fields = Object.keys(t.satuData.fields) as (keyof SatuDataMetadata)[];
  const metadata = {
    name: 'metadata',
    header: ['lembar', 'berkas', ...fields],
    rows: tables.map((table) => {
      const m = metadataOf(table, dataset, wilayah, options, logYears, t);
      return [sheetName(table), `${table.name}.csv`, ...fields.map((f) => m[f])];
    }),
  };
  const sheets = tables.map((table) => ({ name: sheetName(table), header: table.header, rows: table.rows }));
  out.push(await download(workbookPath(), tablesWorkbook([metadata, ...sheets]), null, null));
  return out;
}
