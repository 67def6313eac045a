// Every npm script starts here. Astro, vitest and the TypeScript scripts need Node >= 22.12,
// which the `node` devDependency installs into node_modules/.bin. If that install was skipped
// (`npm ci --ignore-scripts`, a copied node_modules), `npm run` would silently fall back to the
// machine's older Node: stop at once instead, and say how to fix it.
import { pathToFileURL } from 'node:url';

export const MINIMUM = [22, 12];

export function nodeVersionProblem(version, execPath) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])) return null;
  return [
    `Node.js ${MINIMUM.join('.')} atau lebih baru dibutuhkan, tetapi skrip ini berjalan di Node.js ${version} (${execPath}).`,
    'Proyek ini membawa Node 22 sendiri lewat paket npm `node` (devDependency).',
    'Perbaiki: jalankan `npm ci` (tanpa --ignore-scripts) lalu ulangi perintah lewat `npm run …`.',
    `(English: Node.js >= ${MINIMUM.join('.')} is required; run \`npm ci\` without --ignore-scripts so that node_modules/.bin/node is Node 22.)`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = nodeVersionProblem(process.version, process.execPath);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
