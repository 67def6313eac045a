// The record of what was published (published.json in the data folder): the checksum of every
// snapshot file. A published snapshot changes only through a revision entry (see validate.ts).
import type { Published } from './schema.ts';
import type { DataFolder } from './validate.ts';
import { SNAPSHOT_FILE, otherForm } from './table-file.ts';


/** The record after publishing `data`: new snapshots added, revised ones updated. */
export function nextRecord(data: DataFolder): Published {
  const berkas: Record<string, string> = { ...(data.published?.berkas ?? {}) };
  for (const file of data.files) {
    if (!SNAPSHOT_FILE.test(file.path)) continue;
    // A snapshot now kept in its other form (a workbook for its CSV file) is recorded once.
    delete berkas[otherForm(file.path)];
    berkas[file.path] = file.sha256;
  }
  const sorted = Object.fromEntries(Object.entries(berkas).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { berkas: sorted, revisi: data.published?.revisi ?? [] };
}

export function serializeRecord(record: Published): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
