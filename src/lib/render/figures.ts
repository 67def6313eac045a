// The headline figures: value, change since the previous snapshot, and the target where one exists.
import type { Format } from '../format.ts';
import type { Strings } from '../i18n/id.ts';
import { type Indicators, type Targets, mentoringByJalur } from '../indicators.ts';
import type { Indikator } from '../enums.ts';
import { JALUR_COLORS } from '../charts/mentoring.ts';
import { builder, type Child } from './dom.ts';

export interface Figure {
  key: string;
  label: string;
  value: string;
  detail?: string;
  change?: string;
  target?: { text: string; met: boolean };
  extra?: Child;
}

interface FigureContext {
  document: Document;
  t: Strings;
  f: Format;
  current: Indicators;
  previous: Indicators | null;
  targets: Targets;
}

/** The figures of one snapshot, computed from indicators only (no engine here). */
export function headlineFigures(c: FigureContext): Figure[] {
  const { t, f, current: i, previous: p, targets } = c;
  const h = builder(c.document);
  const since = p ? f.date(p.snapshot) : null;
  const countChange = (now: number, then: number | undefined) =>
    since && then !== undefined ? t.figures.change(f.change(now - then), since) : t.figures.noPrevious;
  const pointChange = (now: number | null, then: number | null | undefined) =>
    since && then !== undefined && now !== null && then !== null
      ? t.figures.change(`${f.change(now - then, 1)} ${t.figures.points}`, since)
      : since
        ? undefined
        : t.figures.noPrevious;
  const rupiahChange = (now: number, then: number | undefined) =>
    since && then !== undefined ? t.figures.change(`${now - then >= 0 ? '+' : '−'}${f.rupiah(Math.abs(now - then))}`, since) : t.figures.noPrevious;
  const year = Number(i.snapshot.slice(0, 4));
  const target = (key: Indikator, actual: number | null, percent: boolean) => {
    const goal = targets[key];
    if (goal === undefined) return undefined;
    const met = actual !== null && actual >= goal;
    return { text: `${t.figures.target(percent ? f.percent(goal) : f.number(goal), year)} · ${met ? t.figures.targetMet : t.figures.targetNotMet}`, met };
  };
  /** A percentage of the active cooperatives, with its count. */
  const shareOfActive = (
    key: string,
    label: string,
    percent: 'persen_rat_tepat_waktu' | 'persen_cakupan_pendampingan',
    count: 'rat_tepat_waktu' | 'didampingi',
  ): Figure => ({
    key,
    label,
    value: i[percent] === null ? t.figures.undefinedPercent : f.percent(i[percent]),
    detail: `${t.figures.ofTotal(f.number(i[count]), f.number(i.aktif))} ${t.figures.ofActiveNote}`,
    change: pointChange(i[percent], p?.[percent]),
    target: target(percent, i[percent], true),
  });
  const jalur = mentoringByJalur(i);
  const mentored = Math.max(1, i.didampingi);
  const split = h('div', { class: 'split' }, [
    h('div', { class: 'split-bar', 'aria-hidden': 'true' }, jalur.map(({ n }, k) => h('span', { style: `width:${(100 * n) / mentored}%;background:${JALUR_COLORS[k]}` }))),
    h('ul', { class: 'split-legend', 'aria-label': t.figures.byJalur }, jalur.map(({ jalur: j, n }, k) =>
      h('li', {}, [h('span', { class: 'swatch', style: `background:${JALUR_COLORS[k]}`, 'aria-hidden': 'true' }), `${t.values.jalur[j]} ${f.number(n)}`]),
    )),
  ]);
  return [
    { key: 'terdaftar', label: t.figures.terdaftar, value: f.number(i.terdaftar), change: countChange(i.terdaftar, p?.terdaftar) },
    {
      key: 'aktif',
      label: t.figures.aktif,
      value: f.number(i.aktif),
      detail: `${f.percent(i.persen_koperasi_aktif)} · ${t.figures.ofTotal(f.number(i.aktif), f.number(i.terdaftar))}`,
      change: countChange(i.aktif, p?.aktif),
      target: target('persen_koperasi_aktif', i.persen_koperasi_aktif, true),
    },
    shareOfActive('rat', t.figures.rat, 'persen_rat_tepat_waktu', 'rat_tepat_waktu'),
    { ...shareOfActive('cakupan', t.figures.cakupan, 'persen_cakupan_pendampingan', 'didampingi'), extra: split },
    {
      key: 'odoc',
      label: t.figures.odoc,
      value: t.figures.ofTotal(f.number(i.kecamatan_odoc), f.number(i.kecamatan_total)),
      change: countChange(i.kecamatan_odoc, p?.kecamatan_odoc),
      target: target('kecamatan_odoc', i.kecamatan_odoc, false),
    },
    {
      key: 'kopdes',
      label: t.figures.kopdes,
      value: t.figures.ofTotal(f.number(i.desa_kopdes_merah_putih), f.number(i.desa_total)),
      change: countChange(i.desa_kopdes_merah_putih, p?.desa_kopdes_merah_putih),
      target: target('desa_kopdes_merah_putih', i.desa_kopdes_merah_putih, false),
    },
    { key: 'anggota', label: t.figures.anggota, value: f.number(i.anggota), change: countChange(i.anggota, p?.anggota) },
    { key: 'volume', label: t.figures.volume, value: f.rupiah(i.volume_usaha), change: rupiahChange(i.volume_usaha, p?.volume_usaha) },
    { key: 'shu', label: t.figures.shu, value: f.rupiah(i.shu), change: rupiahChange(i.shu, p?.shu) },
  ];
}

export function figureCards(document: Document, figures: readonly Figure[]): HTMLElement {
  const h = builder(document);
  return h('div', { class: 'figures' }, figures.map((fig) =>
    h('article', { class: 'figure-card', 'data-figure': fig.key }, [
      h('h3', {}, [fig.label]),
      h('p', { class: 'value' }, [fig.value]),
      fig.detail ? h('p', { class: 'detail' }, [fig.detail]) : null,
      fig.extra ?? null,
      fig.change ? h('p', { class: 'change' }, [fig.change]) : null,
      fig.target ? h('p', { class: fig.target.met ? 'target met' : 'target' }, [fig.target.text]) : null,
    ]),
  ));
}
