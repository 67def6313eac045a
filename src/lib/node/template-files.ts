// The templates of this site's region (its own codes in the example rows), made once per build:
// the data page of each language and the download routes share them.
import { type TemplateFile, templates } from '../templates.ts';
import type { Site } from './site.ts';

const made = new WeakMap<Site, TemplateFile[]>();

export function siteTemplates(site: Site): TemplateFile[] {
  const known = made.get(site);
  if (known) return known;
  const { kecamatan, desa, sipd } = site.data;
  const withDesa = kecamatan.find((k) => desa.some((d) => d.kode_kecamatan === k.kode_kecamatan)) ?? kecamatan[0]!;
  const files = templates({
    kecamatan: withDesa,
    desa: desa.find((d) => d.kode_kecamatan === withDesa.kode_kecamatan)!,
    sipd: sipd.find((s) => s.tingkat === 'sub_kegiatan') ?? sipd[0]!,
    year: Number(site.options.snapshots.at(-1)!.slice(0, 4)),
  });
  made.set(site, files);
  return files;
}
