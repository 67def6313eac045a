// Checks dropped or chosen files with the build's own validator (loaded on first use), after
// completing the folder with what this site already published, so cross-file rules hold.
import { formatProblems } from '../lib/problem.ts';

const form = document.querySelector<HTMLFormElement>('form[data-check]');
const status = document.querySelector<HTMLElement>('[data-status]');
const output = document.querySelector<HTMLElement>('[data-problems]');

/** Where a chosen file belongs in a data folder, by its name. */
function placeOf(name: string, snapshotDate: string): string | null {
  if (name === 'koperasi.csv') return `snapshots/${snapshotDate}/koperasi.csv`;
  if (/^\d{4}\.csv$/.test(name)) return `kegiatan/${name}`;
  if (['kecamatan.csv', 'desa.csv', 'sipd.csv', 'kecamatan.geojson'].includes(name)) return `reference/${name}`;
  if (['target.csv', 'dataset.json', 'published.json'].includes(name)) return name;
  return null;
}

async function published(): Promise<Map<string, Uint8Array>> {
  const manifest = (await (await fetch('/data/manifest.json')).json()) as { unduhan: { url: string; sumber: string | null }[] };
  const files = new Map<string, Uint8Array>();
  await Promise.all(
    manifest.unduhan
      .filter((d) => d.sumber !== null && d.url.endsWith(d.sumber))
      .map(async (d) => files.set(d.sumber!, new Uint8Array(await (await fetch(d.url)).arrayBuffer()))),
  );
  return files;
}

if (form && status && output) {
  const message = (name: string, values: Record<string, string> = {}) =>
    Object.entries(values).reduce((text, [k, v]) => text.replace(`{${k}}`, v), form.dataset[`msg${name}`] ?? '');
  const number = new Intl.NumberFormat(document.documentElement.lang);

  async function check(chosen: { path: string | null; name: string; file: File }[], root: string) {
    status!.textContent = message('Checking');
    output!.hidden = true;
    const unknown = chosen.filter((c) => c.path === null).map((c) => message('Unknown', { name: c.name }));
    const [{ validateFolder }, files] = await Promise.all([import('../lib/validate.ts'), published()]);
    for (const c of chosen) if (c.path) files.set(c.path, new Uint8Array(await c.file.arrayBuffer()));
    const { problems } = await validateFolder(root, files);
    const lines = [...unknown, ...formatProblems(problems)];
    status!.textContent = lines.length === 0 ? message('Valid', { n: number.format(chosen.length) }) : message('Problems', { n: number.format(unknown.length + problems.length) });
    // Text, never HTML: the messages quote the files' own content.
    output!.textContent = lines.join('\n');
    output!.hidden = lines.length === 0;
  }

  const date = () => form.querySelector<HTMLInputElement>('input[name="tanggal"]')!.value;
  const filesInput = form.querySelector<HTMLInputElement>('input[name="berkas"]')!;
  const folderInput = form.querySelector<HTMLInputElement>('input[name="folder"]')!;
  filesInput.addEventListener('change', () => {
    const chosen = Array.from(filesInput.files ?? [], (file) => ({ path: placeOf(file.name, date()), name: file.name, file }));
    void check(chosen, 'data');
  });
  folderInput.addEventListener('change', () => {
    const all = Array.from(folderInput.files ?? []);
    const root = all[0]?.webkitRelativePath.split('/')[0] ?? 'data';
    // A whole folder: each file at its own path inside it.
    void check(all.map((file) => ({ path: file.webkitRelativePath.split('/').slice(1).join('/'), name: file.name, file })), root);
  });

  // Dropped files or one dropped folder (read through the File System entries API).
  const fileOf = (entry: FileSystemEntry) => new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
  const childrenOf = (entry: FileSystemEntry) =>
    new Promise<FileSystemEntry[]>((resolve, reject) => (entry as FileSystemDirectoryEntry).createReader().readEntries(resolve, reject));
  async function collect(entry: FileSystemEntry, prefix: string, into: { path: string | null; name: string; file: File }[]) {
    if (entry.isFile) {
      const file = await fileOf(entry);
      into.push({ path: `${prefix}${file.name}`, name: file.name, file });
    } else for (const child of await childrenOf(entry)) await collect(child, `${prefix}${entry.name}/`, into);
  }
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  drop.addEventListener('dragover', (event) => event.preventDefault());
  drop.addEventListener('drop', async (event) => {
    event.preventDefault();
    const entries = Array.from(event.dataTransfer?.items ?? [], (item) => item.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
    const chosen: { path: string | null; name: string; file: File }[] = [];
    const folder = entries.length === 1 && entries[0]!.isDirectory ? entries[0]! : null;
    if (folder) {
      for (const child of await childrenOf(folder)) await collect(child, '', chosen);
      void check(chosen, folder.name);
    } else {
      for (const entry of entries.filter((e) => e.isFile)) {
        const file = await fileOf(entry);
        chosen.push({ path: placeOf(file.name, date()), name: file.name, file });
      }
      void check(chosen, 'data');
    }
  });
}
