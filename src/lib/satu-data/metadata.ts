// What a portal asks of each open-data table besides its rows: title, definition, unit,
// frequency, producer, source and data date, from the catalogue, the dictionary and dataset.json.
import type { Strings } from '../i18n/id.ts';
import type { Dataset } from '../schema.ts';
import type { Wilayah } from './layout.ts';
import { type SatuDataTable, yearSnapshots } from './tables.ts';

export interface SatuDataMetadata {
  judul: string;
  definisi: string;
  satuan: string;
  frekuensi: string;
  produsen: string;
  sumber: string;
  /** Each year's snapshot date: "2025: 2025-12-31; 2026: 2026-09-30". */
  tanggal_data: string;
}

/** The metadata of a table in one language (`t`); `snapshots` are the site's, oldest first. */
export function metadataOf(table: SatuDataTable, dataset: Dataset, wilayah: Wilayah, snapshots: readonly string[], t: Strings): SatuDataMetadata {
  const { label, definition } = t.indicators[table.indicator.key];
  return {
    judul: t.satuData.tableTitle(label, table.level, wilayah.nama_kabupaten_kota),
    definisi: definition,
    satuan: table.indicator.satuData.satuan,
    frekuensi: t.satuData.frequency,
    produsen: dataset.penerbit,
    sumber: t.satuData.source(dataset.judul),
    tanggal_data: yearSnapshots(snapshots).map(({ tahun, snapshot }) => `${tahun}: ${snapshot}`).join('; '),
  };
}
