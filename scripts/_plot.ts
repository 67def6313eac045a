import { readFileSync } from 'node:fs';
import * as Plot from '@observablehq/plot';
import { geoArea } from 'd3-geo';
import { parseHTML } from 'linkedom';
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const gj = JSON.parse(readFileSync('data/reference/kecamatan.geojson', 'utf8'));
for (const f of gj.features) { const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates; for (const p of polys) for (const r of p) { if (geoArea({type:'Polygon', coordinates:[r]}) > 2*Math.PI) r.reverse(); } }
const t = performance.now();
const svg = Plot.plot({ document, width: 400, projection: { type: 'mercator', domain: gj }, color: { type: 'threshold', domain: [20, 40, 60, 80], scheme: 'blues', legend: true, label: 'Cakupan (%)' },
  marks: [Plot.geo(gj, { fill: (d: any) => Number(d.properties.kode_kecamatan.slice(-2)) * 3, stroke: 'white', title: (d: any) => d.properties.nama_kecamatan, href: (d: any) => `#k-${d.properties.kode_kecamatan}` }),
    Plot.text(gj.features, Plot.centroid({ text: (d: any) => d.properties.nama_kecamatan, fontSize: 8, stroke: 'white', fill: 'black' }))] });
console.log(performance.now() - t, svg.outerHTML.length);
{ const fs = await import('node:fs'); fs.writeFileSync('/tmp/dk/map.html', `<html><body style="margin:0;width:400px">${svg.outerHTML}</body></html>`); }
