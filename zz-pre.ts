import { loadSite } from './src/lib/node/site.ts';
import { precompute } from './src/lib/node/precompute.ts';
const site = await loadSite('data');
let s = performance.now();
await precompute(site, 'dashboard'); console.log('dashboard', (performance.now() - s).toFixed(0)); s = performance.now();
await precompute(site, 'brief'); console.log('brief', (performance.now() - s).toFixed(0)); s = performance.now();
await precompute(site, 'program'); console.log('program', (performance.now() - s).toFixed(0)); s = performance.now();
for (const kode of site.options.kecamatan) await precompute(site, 'kecamatan', kode);
console.log('kecamatan', (performance.now() - s).toFixed(0));
