// The templates of this site's region (its own codes in the example rows).
import { type TemplateFile, templates } from '../templates.ts';
import type { Site } from './site.ts';

export function siteTemplates(site: Site): TemplateFile[] {
  const { kecamatan, desa, sipd } = site.data;
  const withDesa = kecamatan.find((k) => desa.some((d) => d.kode_kecamatan === k.kode_kecamatan)) ?? kecamatan[0]!;
  return templates({
    kecamatan: withDesa,
    desa: desa.find((d) => d.kode_kecamatan === withDesa.kode_kecamatan)!,
    sipd: sipd.find((s) => s.tingkat === 'sub_kegiatan') ?? sipd[0]!,
    year: Number(site.options.snapshots.at(-1)!.slice(0, 4)),
  });
}
