// Plain-language sentences written from the figures, never by hand for one data set: what rose
// and fell most, which kecamatan lag, budget realization, targets; and the questions an FGD
// should discuss. Every sentence comes from the dictionary, which handles 0, 1 and many.
import type { Brief } from './brief.ts';
import { FIGURES, type IndicatorKey } from './catalogue.ts';
import type { Indikator } from './enums.ts';
import { quarterUntil } from './period.ts';
import type { Format } from './format.ts';
import type { Strings } from './i18n/id.ts';
import { type Indicators, type KecamatanIndicators, mentoringByJalur } from './indicators.ts';
import { type Profile, rankOf } from './profile.ts';
import { shorten, topWithTies } from './rank.ts';
import { formatChange, formatValue } from './units.ts';
import { inSentence, names } from './words.ts';

/**
 * Ranked kecamatan as one list of "name (value)", at most `max` of them, then how many more share
 * the last value: topWithTies with n ≤ max leaves only rows tied with the last one to count.
 */
export function rankedNames(rows: readonly KecamatanIndicators[], value: (k: KecamatanIndicators) => string, f: Format, t: Strings, max = 8): string {
  const { shown, rest } = shorten(rows, max);
  const items = shown.map((k) => `${k.nama_kecamatan} (${value(k)})`);
  return f.list(rest === 0 ? items : [...items, t.brief.othersEach(f.number(rest), value(rows.at(-1)!))]);
}

/** The indicators that rose and fell most since the baseline (relative change), each with those tied: the headline figures (catalogue.ts FIGURES). */
function changes(current: Indicators, previous: Indicators, t: Strings, f: Format) {
  const moved = FIGURES.map((m) => {
    const now = current[m.key];
    const then = previous[m.key];
    if (now === null || then === null || now === then) return null;
    const relative = then === 0 ? Infinity * Math.sign(now - then) : (now - then) / Math.abs(then);
    return { m, now, then, relative, change: formatChange(m.unit, now - then, f, t) };
  }).filter((x) => x !== null);
  const item = (x: (typeof moved)[number]) =>
    t.brief.moved(measure(x.m.key, t), formatValue(x.m.unit, x.then, f), formatValue(x.m.unit, x.now, f), x.change);
  const rose = topWithTies(moved.filter((x) => x.relative > 0), 1, (x) => x.relative, 'highest').map(item);
  const fell = topWithTies(moved.filter((x) => x.relative < 0), 1, (x) => x.relative, 'lowest').map(item);
  return { rose, fell };
}

/** An indicator as named inside a sentence ("RAT tepat waktu", "cakupan pendampingan"). */
function measure(key: IndicatorKey, t: Strings): string {
  return inSentence(t.indicators[key].label, t.words.keepCase);
}

/** The region's brief, as sentences. */
export function regionNarrative(b: Brief, t: Strings, f: Format): string[] {
  const d = b.dashboard;
  const i = d.current;
  const out = [t.brief.state(f.date(i.snapshot), f.number(i.terdaftar), f.number(i.aktif), f.percent(i.persen_koperasi_aktif))];
  if (!d.previous) out.push(t.brief.firstSnapshot);
  else {
    const { rose, fell } = changes(i, d.previous, t, f);
    const since = f.date(d.previous.snapshot);
    out.push(rose.length > 0 ? t.brief.rose(f.list(rose), since) : t.brief.noneRose(since));
    out.push(fell.length > 0 ? t.brief.fell(f.list(fell)) : t.brief.noneFell);
  }
  const withoutOdoc = d.kecamatan.filter((k) => k.odoc === null).map((k) => k.nama_kecamatan);
  out.push(withoutOdoc.length === 0 ? t.brief.odocNone(f.number(d.kecamatan.length)) : t.brief.odocLag(withoutOdoc.length, names(withoutOdoc, f, t)));
  // Kecamatan where no active cooperative is mentored at all come first, then the lowest others.
  const zero = d.kecamatan.filter((k) => k.persen_cakupan_pendampingan === 0).map((k) => k.nama_kecamatan);
  if (zero.length > 0) out.push(t.brief.coverageZero(zero.length, names(zero, f, t)));
  const lowest = lowestCoverage(d.kecamatan.filter((k) => k.persen_cakupan_pendampingan !== 0), 3);
  if (lowest.length > 0) out.push(t.brief.lowestCoverage(rankedNames(lowest, (k) => f.percent(k.persen_cakupan_pendampingan), f, t)));
  else if (zero.length === 0) out.push(t.brief.noCoverageData);
  const quarter = t.brief.quarter(b.quarter.quarter, b.quarter.year);
  const idle = b.quarterActivity.filter((k) => k.kegiatan === 0).map((k) => k.nama_kecamatan);
  out.push(idle.length === 0 ? t.brief.allActive(quarter) : t.brief.noActivity(idle.length, quarter, names(idle, f, t)));
  out.push(kopdes(i, t, f));
  const y = b.yearToDate;
  out.push(
    y.anggaran === 0
      ? t.brief.budgetNone(b.quarter.year)
      : t.brief.budget(b.quarter.year, f.date(y.end), f.rupiah(y.realisasi), f.rupiah(y.anggaran), f.percent((100 * y.realisasi) / y.anggaran)),
  );
  const targets = Object.entries(d.targets) as [Indikator, number][];
  if (targets.length > 0) {
    const met = targets.filter(([key, goal]) => (i[key] ?? -Infinity) >= goal).map(([key]) => measure(key, t));
    const notMet = targets.filter(([key, goal]) => !((i[key] ?? -Infinity) >= goal)).map(([key]) => measure(key, t));
    out.push(t.brief.targets(b.quarter.year, met.length, targets.length, f.list(met), f.list(notMet)));
  }
  return out;
}

function kopdes(i: Indicators, t: Strings, f: Format): string {
  return i.desa_kopdes_merah_putih === 0
    ? t.brief.kopdesNone
    : t.brief.kopdes(f.number(i.desa_kopdes_merah_putih), f.number(i.desa_total), i.desa_kopdes_aktif, f.number(i.desa_kopdes_aktif));
}

const byName = (a: KecamatanIndicators, b: KecamatanIndicators) => a.nama_kecamatan.localeCompare(b.nama_kecamatan, 'id');

/** The n kecamatan with the lowest mentoring coverage and those tied with the nth (kecamatan with active cooperatives only), by name within a tie. */
export function lowestCoverage(rows: readonly KecamatanIndicators[], n: number): KecamatanIndicators[] {
  return topWithTies([...rows].sort(byName), n, (k) => k.persen_cakupan_pendampingan, 'lowest');
}

/** The kecamatan with the highest mentoring coverage above 0, all of them when tied, by name. */
export function highestCoverage(rows: readonly KecamatanIndicators[]): KecamatanIndicators[] {
  return topWithTies([...rows].sort(byName).filter((k) => (k.persen_cakupan_pendampingan ?? 0) > 0), 1, (k) => k.persen_cakupan_pendampingan, 'highest');
}

/** A kecamatan's brief, as sentences. */
export function kecamatanNarrative(p: Profile, t: Strings, f: Format): string[] {
  const i = p.current;
  const rank = (value: (k: KecamatanIndicators) => number | null) => {
    const r = rankOf(p.all, p.kode, value);
    return r ? t.brief.rankSuffix(f.number(r.rank), f.number(r.of)) : '';
  };
  const out = [
    i.terdaftar === 0
      ? t.brief.kecamatanEmpty(p.nama)
      : t.brief.kecamatanState(p.nama, f.number(i.terdaftar), i.aktif, f.number(i.aktif), f.percent(i.persen_koperasi_aktif), rank((k) => k.persen_koperasi_aktif)),
  ];
  if (i.aktif > 0) {
    const parts = f.list(mentoringByJalur(i).map(({ jalur, n }) => `${t.values.jalur[jalur]} ${f.number(n)}`));
    out.push(
      i.didampingi === 0
        ? t.brief.kecamatanNoneMentored
        : t.brief.kecamatanMentoring(f.number(i.didampingi), f.percent(i.persen_cakupan_pendampingan), rank((k) => k.persen_cakupan_pendampingan), parts),
    );
    out.push(t.brief.kecamatanUnmentored(p.unmentored.length));
  }
  out.push(p.flagship ? t.brief.kecamatanOdoc(p.flagship.nama_koperasi, f.date(p.flagship.sejak)) : t.brief.kecamatanNoOdoc);
  out.push(kopdes(i, t, f));
  const quarter = quarterUntil(p.view.snapshot);
  const label = t.brief.quarter(quarter.quarter, quarter.year);
  const recent = p.activities.filter((a) => a.tanggal >= quarter.start && a.tanggal <= quarter.end);
  if (recent.length === 0) out.push(t.brief.kecamatanNoActivity(label));
  else {
    const kinds = [...new Set(recent.map((a) => inSentence(t.values.jenis_kegiatan[a.jenis_kegiatan], t.words.keepCase)))];
    out.push(t.brief.kecamatanActivity(recent.length, label, f.list(kinds), f.rupiah(recent.reduce((s, a) => s + a.anggaran, 0))));
  }
  return out;
}

/** Questions for an FGD of the whole region, from its gaps (at least one, always). */
export function regionQuestions(b: Brief, t: Strings, f: Format): string[] {
  const d = b.dashboard;
  const q = t.deck.questions;
  const out: string[] = [];
  const withoutOdoc = d.kecamatan.filter((k) => k.odoc === null).map((k) => k.nama_kecamatan);
  if (withoutOdoc.length > 0) out.push(q.odoc(names(withoutOdoc, f, t, 4)));
  const lowest = lowestCoverage(d.kecamatan, 3);
  if (lowest.length > 0) out.push(q.coverage(names(lowest.map((k) => k.nama_kecamatan), f, t, 4)));
  const idle = b.quarterActivity.filter((k) => k.kegiatan === 0).map((k) => k.nama_kecamatan);
  if (idle.length > 0) out.push(q.activity(names(idle, f, t, 4)));
  const inactiveKopdes = d.current.desa_kopdes_merah_putih - d.current.desa_kopdes_aktif;
  if (inactiveKopdes > 0) out.push(q.kopdes(f.number(inactiveKopdes)));
  const ratTarget = d.targets.persen_rat_tepat_waktu;
  if (ratTarget !== undefined && (d.current.persen_rat_tepat_waktu ?? 0) < ratTarget) out.push(q.rat(f.percent(d.current.persen_rat_tepat_waktu), f.percent(ratTarget)));
  const best = highestCoverage(d.kecamatan);
  if (best.length > 0) out.push(q.bestPractice(names(best.map((k) => k.nama_kecamatan), f, t, 4)));
  return out;
}

/** Questions for an FGD in one kecamatan, from its gaps (at least one, always). */
export function kecamatanQuestions(p: Profile, t: Strings, f: Format): string[] {
  const q = t.deck.questions;
  const out: string[] = [];
  if (p.unmentored.length > 0) out.push(q.unmentored(f.number(p.unmentored.length)));
  const inactive = p.desa.filter((d) => d.status === 'tidak_aktif').map((d) => d.nama_desa);
  if (inactive.length > 0) out.push(q.inactiveDesa(names(inactive, f, t, 4)));
  if (!p.flagship) out.push(q.noOdoc);
  const quarter = quarterUntil(p.view.snapshot);
  if (!p.activities.some((a) => a.tanggal >= quarter.start)) out.push(q.noActivityHere);
  out.push(q.keep);
  return out;
}
