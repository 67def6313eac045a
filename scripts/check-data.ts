// npm run check:data -- [folder]: validates a data folder (default: data/, or $DATA_DIR) and
// prints one `path:line:column: message` line per problem. Exit status 1 on any problem.
import { existsSync } from 'node:fs';
import { formatProblems } from '../src/lib/problem.ts';
import { validateDirectory } from '../src/lib/node/read-folder.ts';
import { exit } from '../src/lib/node/exit.ts';

const dir = process.argv[2] ?? process.env.DATA_DIR ?? 'data';
if (!existsSync(dir)) {
  console.error(`${dir}:0:0: folder data tidak ada`);
  await exit(1);
}
const { problems, data } = await validateDirectory(dir);
if (problems.length > 0) {
  for (const line of formatProblems(problems)) console.log(line);
  await exit(1);
}
const rows = data!.snapshots.reduce((n, s) => n + s.rows.length, 0);
console.error(
  `${dir}: sah — ${data!.kecamatan.length} kecamatan, ${data!.desa.length} desa/kelurahan, ` +
    `${data!.snapshots.length} snapshot (${rows} baris koperasi), ${data!.kegiatan.reduce((n, k) => n + k.rows.length, 0)} kegiatan`,
);
