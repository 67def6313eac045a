// Checks data with the build's own validator (loaded on first use), in one of two modes, and says
// which one it used:
// - a folder (chosen with the folder input, or dropped on its own) is checked exactly as it is,
//   as `npm run check:data -- folder` checks it: the same files (validateFolder skips the same
//   OS and Office artefacts), in the same order, under the folder's own name, nothing added;
// - files chosen or dropped one by one are placed by their names in a data folder completed with
//   what this site published (its files, and the checksums of its snapshots), so the rules
//   across files hold and a changed published snapshot asks for a revision entry.
import { type Problem, formatProblems } from '../lib/problem.ts';
import { serializeRecord } from '../lib/published.ts';
import type { Published } from '../lib/schema.ts';
import { nextSnapshotDate } from '../lib/snapshot-date.ts';
import { SNAPSHOT_FILE, WORKBOOK, otherForm } from '../lib/table-file.ts';

const form = document.querySelector<HTMLFormElement>('form[data-check]');
const status = document.querySelector<HTMLElement>('[data-status]');
const output = document.querySelector<HTMLElement>('[data-problems]');
const modeLine = document.querySelector<HTMLElement>('[data-mode]');
const unknownList = document.querySelector<HTMLElement>('[data-unknown]');
const converted = document.querySelector<HTMLElement>('[data-converted]');


/** Where a file chosen on its own belongs in a data folder, by its name (a table as .csv or .xlsx). */
function placeOf(name: string, snapshotDate: string): string | null {
  const table = /^(.+)\.(?:csv|xlsx)$/.exec(name)?.[1];
  if (table === 'koperasi') return `snapshots/${snapshotDate}/${name}`;
  if (table && /^\d{4}$/.test(table)) return `kegiatan/${name}`;
  if ((table && ['kecamatan', 'desa', 'sipd'].includes(table)) || name === 'kecamatan.geojson') return `reference/${name}`;
  if (table === 'target' || ['dataset.json', 'published.json'].includes(name)) return name;
  return null;
}

/** The folder as src/lib/node/read-folder.ts gives it to the validator: paths in code-unit order. */
function sorted(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * What this site published: its data files byte for byte, and the record of its snapshots'
 * checksums (published.json as served, with every published snapshot added; a site built from a
 * first publication serves no published.json, though its data folder now records them).
 */
async function published(): Promise<Map<string, Uint8Array>> {
  const manifest = (await (await fetch('/data/manifest.json')).json()) as { unduhan: { url: string; sumber: string | null; sha256: string }[] };
  const originals = manifest.unduhan.filter((d): d is typeof d & { sumber: string } => d.sumber !== null && d.url.endsWith(d.sumber));
  const files = new Map<string, Uint8Array>();
  await Promise.all(originals.map(async (d) => files.set(d.sumber, new Uint8Array(await (await fetch(d.url)).arrayBuffer()))));
  const served = files.get('published.json');
  const record: Published = served ? (JSON.parse(new TextDecoder().decode(served)) as Published) : { berkas: {}, revisi: [] };
  const missing = originals.filter((d) => SNAPSHOT_FILE.test(d.sumber) && !(d.sumber in record.berkas));
  if (missing.length > 0) {
    for (const d of missing) record.berkas[d.sumber] = d.sha256;
    files.set('published.json', new TextEncoder().encode(serializeRecord(record)));
  }
  return files;
}

if (form && status && output && modeLine && unknownList && converted) {
  const message = (name: string, values: Record<string, string> = {}) =>
    Object.entries(values).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, v), form.dataset[`msg${name}`] ?? '');
  const number = new Intl.NumberFormat(document.documentElement.lang);
  const dateInput = form.querySelector<HTMLInputElement>('input[name="tanggal"]')!;
  const dateNote = form.querySelector<HTMLElement>('[data-date-note]')!;
  const publishedDates = new Set(JSON.parse(form.dataset.published ?? '[]') as string[]);
  // The page may be read long after its build: the date offered is recomputed for today (the
  // validator's UTC day), unless the reader already chose one.
  const offered = nextSnapshotDate([...publishedDates], new Date().toISOString().slice(0, 10));
  if (offered) {
    form.dataset.next = offered;
    if (dateInput.value === dateInput.defaultValue) dateInput.value = offered;
  }

  // The snapshot date of a single koperasi.csv: a published date is said to be one as it is chosen.
  function noteDate() {
    const date = dateInput.value;
    const isPublished = publishedDates.has(date);
    dateNote.textContent = date === '' ? '' : isPublished ? message('PublishedDate', { date, next: form!.dataset.next ?? '' }) : message('NewDate', { date });
    dateNote.toggleAttribute('data-published-date', isPublished);
  }
  dateInput.addEventListener('input', noteDate);
  dateInput.addEventListener('change', noteDate);
  noteDate();

  // Only the latest choice is shown: an earlier check still running is dropped when it ends.
  let latest = 0;

  function show(lines: string[], problemCount: number, files: number, mode: string, unknown: string[]) {
    status!.textContent = problemCount === 0 ? message('Valid', { n: number.format(files) }) : message('Problems', { n: number.format(problemCount) });
    modeLine!.textContent = mode;
    modeLine!.hidden = false;
    // Files that could not be placed are not the validator's: listed apart from its lines.
    unknownList!.replaceChildren(...unknown.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    unknownList!.hidden = unknown.length === 0;
    // Text, never HTML: the messages quote the files' own content.
    output!.textContent = lines.join('\n');
    output!.hidden = lines.length === 0;
  }

  function start(): number {
    status!.textContent = message('Checking');
    for (const element of [output!, modeLine!, unknownList!, converted!]) element.hidden = true;
    for (const link of converted!.querySelectorAll('a')) URL.revokeObjectURL(link.href);
    return ++latest;
  }

  /**
   * Each workbook checked without a problem of its own, offered back as the contract's CSV file
   * (UTF-8 with BOM, no cell that a spreadsheet would run as a formula), named as the contract names it.
   */
  async function offerCsv(run: number, workbooks: { path: string; bytes: Uint8Array }[], problems: readonly Problem[]) {
    const clean = workbooks.filter((w) => !problems.some((p) => p.path.endsWith(`/${w.path}`)));
    if (clean.length === 0) return;
    const [{ readWorkbook }, { toCsv }] = await Promise.all([import('../lib/workbook.ts'), import('../lib/export/csv.ts')]);
    const links: HTMLLIElement[] = [];
    for (const w of clean) {
      const { csv } = await readWorkbook(w.bytes, w.path);
      if (!csv) continue;
      const name = otherForm(w.path.slice(w.path.lastIndexOf('/') + 1));
      const href = URL.createObjectURL(new Blob([toCsv(csv.header, csv.rows.map((r) => r.cells))], { type: 'text/csv;charset=utf-8' }));
      const link = Object.assign(document.createElement('a'), { href, download: name, textContent: otherForm(w.path) });
      const item = document.createElement('li');
      item.append(link);
      links.push(item);
    }
    if (run !== latest || links.length === 0) return;
    converted!.querySelector('ul')!.replaceChildren(...links);
    converted!.hidden = false;
  }

  function nothing(run: number, unknown: string[]) {
    if (run !== latest) return;
    status!.textContent = message('Nothing');
    unknownList!.replaceChildren(...unknown.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    unknownList!.hidden = unknown.length === 0;
  }

  /** A whole folder, exactly as it is: what the command line reads, under the folder's name. */
  async function checkFolder(root: string | null, chosen: { path: string; file: File }[]) {
    const run = start();
    // A folder input given an empty folder has no file to name it by.
    if (root === null) return nothing(run, []);
    const { validateFolder, isArtefact } = await import('../lib/validate.ts');
    const files = new Map<string, Uint8Array>();
    for (const c of chosen) if (!isArtefact(c.path)) files.set(c.path, new Uint8Array(await c.file.arrayBuffer()));
    const { problems } = await validateFolder(root, sorted(files));
    if (run !== latest) return;
    show(formatProblems(problems), problems.length, files.size, message('ModeFolder', { root, n: number.format(files.size) }), []);
    const workbooks = [...files].filter(([path]) => WORKBOOK.test(path)).map(([path, bytes]) => ({ path, bytes }));
    await offerCsv(run, workbooks, problems);
  }

  /** Files on their own: placed by name, with what this site published around them. */
  async function checkFiles(chosen: File[], folders: string[] = []) {
    const run = start();
    const { validateFolder, isArtefact } = await import('../lib/validate.ts');
    // A cleared date field stands for the date offered, shown again.
    if (dateInput.value === '' && offered) {
      dateInput.value = offered;
      noteDate();
    }
    const date = dateInput.value;
    const placed: { path: string; file: File }[] = [];
    const unknown = folders.map((name) => message('FolderAmongFiles', { name }));
    for (const file of chosen) {
      if (isArtefact(file.name)) continue;
      const path = placeOf(file.name, date);
      if (path) placed.push({ path, file });
      else unknown.push(message('Unknown', { name: file.name }));
    }
    if (placed.length === 0) return nothing(run, unknown);
    const files = await published();
    for (const c of placed) {
      // An officer's workbook replaces the site's CSV file of that table (and the other way round).
      files.delete(otherForm(c.path));
      files.set(c.path, new Uint8Array(await c.file.arrayBuffer()));
    }
    const { problems } = await validateFolder('data', sorted(files));
    if (run !== latest) return;
    const mode = message('ModeFiles', { paths: placed.map((c) => `data/${c.path}`).join(', ') });
    show(formatProblems(problems), problems.length, placed.length, mode, unknown);
    const workbooks = placed.filter((c) => WORKBOOK.test(c.path)).map((c) => ({ path: c.path, bytes: files.get(c.path)! }));
    await offerCsv(run, workbooks, problems);
  }

  const filesInput = form.querySelector<HTMLInputElement>('input[name="berkas"]')!;
  const folderInput = form.querySelector<HTMLInputElement>('input[name="folder"]')!;
  const chosenFiles = () => void checkFiles(Array.from(filesInput.files ?? []));
  const chosenFolder = () => {
    // webkitRelativePath is "<folder>/<path inside it>": the folder's name is the command line's
    // root (the last part of the path it is given).
    const all = Array.from(folderInput.files ?? [], (file) => {
      const [root, ...rest] = file.webkitRelativePath.split('/');
      return { root: root!, path: rest.join('/'), file };
    });
    void checkFolder(all[0]?.root ?? null, all);
  };
  filesInput.addEventListener('change', chosenFiles);
  folderInput.addEventListener('change', chosenFolder);
  // Chosen before this script ran (a phone still loading it): their change event is gone.
  if (folderInput.files?.length) chosenFolder();
  else if (filesInput.files?.length) chosenFiles();

  // Dropped files, or one dropped folder (read through the File System entries API).
  const fileOf = (entry: FileSystemEntry) => new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
  /** Every entry of a directory: readEntries gives them in batches (100 in Chromium) until an empty one. */
  async function childrenOf(entry: FileSystemEntry): Promise<FileSystemEntry[]> {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const all: FileSystemEntry[] = [];
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) return all;
      all.push(...batch);
    }
  }
  async function collect(entry: FileSystemEntry, prefix: string, into: { path: string; file: File }[]) {
    if (entry.isFile) {
      const file = await fileOf(entry);
      into.push({ path: `${prefix}${entry.name}`, file });
    } else for (const child of await childrenOf(entry)) await collect(child, `${prefix}${entry.name}/`, into);
  }
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  drop.addEventListener('dragover', (event) => event.preventDefault());
  drop.addEventListener('drop', async (event) => {
    event.preventDefault();
    const entries = Array.from(event.dataTransfer?.items ?? [], (item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
    if (entries.length === 1 && entries[0]!.isDirectory) {
      const folder = entries[0]!;
      const chosen: { path: string; file: File }[] = [];
      for (const child of await childrenOf(folder)) await collect(child, '', chosen);
      void checkFolder(folder.name, chosen);
    } else {
      const files = await Promise.all(entries.filter((e) => e.isFile).map(fileOf));
      void checkFiles(files, entries.filter((e) => e.isDirectory).map((e) => e.name));
    }
  });
}
