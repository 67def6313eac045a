// What a portal asks of each open-data table besides its rows: title, definition, unit,
// frequency, producer, source and data date, from the catalogue, the dictionary and dataset.json.
import type { Strings } from '../i18n/id.ts';
import { reportingYears } from '../period.ts';
import { programPeriod } from '../program.ts';
import type { Dataset } from '../schema.ts';
import type { ViewOptions } from '../view.ts';
import type { Wilayah } from './layout.ts';
import { type SatuDataTable, yearSnapshots } from './tables.ts';

export interface SatuDataMetadata {
  judul: string;
  definisi: string;
  satuan: string;
  frekuensi: string;
  produsen: string;
  sumber: string;
  /** Each year's snapshot date ("2025: 2025-12-31; 2026: 2026-09-30"), or its log's days. */
  tanggal_data: string;
}

/**
 * The metadata of a table in one language (`t`), for a site of these snapshots (oldest first)
 * and activity log years.
 */
export function metadataOf(table: SatuDataTable, dataset: Dataset, wilayah: Wilayah, options: Pick<ViewOptions, 'snapshots'>, logYears: readonly number[], t: Strings): SatuDataMetadata {
  const { label, definition } = t.indicators[table.indicator.key];
  const log = 'log' in table.indicator.satuData;
  const dates = log
    ? reportingYears(logYears, options).map((year) => {
        const { start, end } = programPeriod({ year, quarter: null }, options);
        return `${year}: ${start} – ${end}`;
      })
    : yearSnapshots(options.snapshots).map(({ tahun, snapshot }) => `${tahun}: ${snapshot}`);
  return {
    judul: t.satuData.tableTitle(label, table.level, wilayah.nama_kabupaten_kota),
    definisi: definition,
    satuan: table.indicator.satuData.satuan,
    frekuensi: log ? t.satuData.frequencyLog : t.satuData.frequency,
    produsen: dataset.penerbit,
    sumber: log ? t.satuData.sourceLog(dataset.judul) : t.satuData.source(dataset.judul),
    tanggal_data: dates.join('; '),
  };
}
