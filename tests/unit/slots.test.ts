// A change redraws only the slots it changes (src/lib/render/dom.ts renderSlots): a slot whose
// data the change leaves as they were is the very element drawn before, and every slot, kept or
// drawn anew, is what a fresh drawing of the same view gives.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAP_METRICS } from '../../src/lib/catalogue.ts';
import { ENUMS } from '../../src/lib/enums.ts';
import { formatFor } from '../../src/lib/format.ts';
import { id } from '../../src/lib/i18n/id.ts';
import { metricLabel } from '../../src/lib/metrics.ts';
import { serverContext, slotHtml } from '../../src/lib/node/context.ts';
import { type Site, loadSite } from '../../src/lib/node/site.ts';
import { dashboardPage } from '../../src/lib/pages/dashboard.ts';
import { kecamatanPage } from '../../src/lib/pages/kecamatan.ts';
import type { PageInput, PageModel } from '../../src/lib/pages/model.ts';
import { PROFILE_PARAMS } from '../../src/lib/profile.ts';
import { type DrawnSlots, renderSlots, slotRenderer } from '../../src/lib/render/dom.ts';
import { PARAMS, defaultView } from '../../src/lib/view.ts';

let site: Site;
beforeAll(async () => {
  site = await loadSite('data');
});

/** Each view of `searches` in turn, drawn in one kept context and, apart, in a fresh one. */
async function drawInTurn(model: PageModel<unknown, unknown>, input: PageInput, searches: readonly string[]) {
  const kept = { ...serverContext(site, 'id'), drawn: new Map() };
  const views: { kept: Record<string, HTMLElement>; fresh: Record<string, HTMLElement> }[] = [];
  for (const search of searches) {
    const result = await model.load(site.engine, model.parse(new URLSearchParams(search), input), input);
    views.push({ kept: model.render(result, kept), fresh: model.render(result, serverContext(site, 'id')) });
  }
  return views;
}

/** The slots that are the same elements in two views drawn in turn. */
const sameElements = (before: Record<string, HTMLElement>, after: Record<string, HTMLElement>) => Object.keys(after).filter((slot) => after[slot] === before[slot]);

function expectFreshHtml(views: Awaited<ReturnType<typeof drawInTurn>>) {
  for (const { kept, fresh } of views) {
    expect(Object.keys(kept)).toEqual(Object.keys(fresh));
    for (const slot of Object.keys(fresh)) expect(kept[slot]!.outerHTML, slot).toBe(fresh[slot]!.outerHTML);
  }
}

describe('slots drawn again only when what they show changes', () => {
  it("on the dashboard: another map metric keeps the trends, mentoring, composition, figures and date, and names itself in the map's heading; a filter or a snapshot redraws what it changes", async () => {
    const input = { options: site.options };
    const metric = MAP_METRICS.find((m) => m !== defaultView(site.options).metric)!;
    const older = site.options.snapshots.at(-2)!;
    const jenis = ENUMS.jenis_koperasi[0];
    const views = await drawInTurn(dashboardPage as PageModel<unknown, unknown>, input, ['', `?${PARAMS.metric}=${metric}`, `?${PARAMS.jenis}=${jenis}&${PARAMS.metric}=${metric}`, `?${PARAMS.snapshot}=${older}&${PARAMS.jenis}=${jenis}&${PARAMS.metric}=${metric}`]);
    expectFreshHtml(views);
    const [first, byMetric, byFilter, bySnapshot] = views.map((v) => v.kept);
    expect(sameElements(first!, byMetric!)).toEqual(['meta', 'figures', 'composition', 'mentoring', 'trend']);
    // A filter changes every figure; the data's date and the map's metric stay.
    expect(sameElements(byMetric!, byFilter!)).toEqual(['meta', 'mapHeading']);
    expect(sameElements(byFilter!, bySnapshot!)).toEqual(['mapHeading']);
    expect(byMetric!.mapHeading!.textContent).toContain(metricLabel(metric, id).toLowerCase());
  });

  it("on a kecamatan page: the table's next page redraws the table and the view line only", async () => {
    let input: PageInput | undefined;
    for (const kode of site.options.kecamatan) {
      const candidate = { options: site.options, kode, nama: site.names.get(kode)! };
      const profile = await kecamatanPage.load(site.engine, kecamatanPage.parse(new URLSearchParams(), candidate), candidate);
      if (profile.cooperatives.pages > 1) input = candidate;
    }
    expect(input, 'a kecamatan whose table has two pages').toBeDefined();
    const views = await drawInTurn(kecamatanPage as PageModel<unknown, unknown>, input!, ['', `?${PROFILE_PARAMS.page}=2`]);
    expectFreshHtml(views);
    const [first, next] = views.map((v) => v.kept);
    expect(Object.keys(next!).filter((slot) => !sameElements(first!, next!).includes(slot))).toEqual(['view', 'cooperatives']);
  });

  it('on a kecamatan page: another snapshot redraws the date under the title', async () => {
    const kode = site.options.kecamatan[0]!;
    const input = { options: site.options, kode, nama: site.names.get(kode)! };
    const older = site.options.snapshots.at(-2)!;
    const [, view] = await drawInTurn(kecamatanPage as PageModel<unknown, unknown>, input, ['', `?${PARAMS.snapshot}=${older}`]);
    expect(view!.kept.meta!.textContent).toContain(formatFor('id').date(older));
  });

  it('another snapshot keeps the trend drawing: a copy marks the new snapshot, the element on the page keeps its own', async () => {
    const input = { options: site.options };
    const [latest, older] = [site.options.snapshots.at(-1)!, site.options.snapshots.at(-2)!];
    const views = await drawInTurn(dashboardPage as PageModel<unknown, unknown>, input, ['', `?${PARAMS.snapshot}=${older}`]);
    expectFreshHtml(views);
    const [first, second] = views.map((v) => v.kept.trend!);
    expect(second).not.toBe(first);
    const shown = (trend: HTMLElement) => [...trend.querySelectorAll('[data-marker]:not([display])')].map((m) => m.getAttribute('data-marker'));
    // One dot and one value in each chart, of the view's snapshot.
    const charts = first!.querySelectorAll('svg').length;
    expect(charts).toBeGreaterThan(3);
    expect(shown(first!)).toEqual(Array(2 * charts).fill(latest));
    expect(shown(second!)).toEqual(Array(2 * charts).fill(older));
    // Published (the page, a view drawn at build): the shown markers only, the drawn slot untouched.
    const all = second!.querySelectorAll('[data-marker]').length;
    const published = slotHtml({ trend: second! }).trend;
    expect(published.match(/data-marker="/g)).toHaveLength(2 * charts);
    expect(published).not.toContain('display="none"');
    expect(second!.querySelectorAll('[data-marker]')).toHaveLength(all);
    expect(all).toBeGreaterThan(2 * charts);
  });
});

describe('renderSlots', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  type Data = { text: string; mark: string };
  let draws = 0;
  const slot = slotRenderer<Data, { drawn?: DrawnSlots }>();
  const renderers = {
    x: slot(
      (d) => d.text,
      (text) => {
        draws++;
        return Object.assign(document.createElement('p'), { textContent: text });
      },
      { pick: (d) => d.mark, apply: (element, mark) => element.setAttribute('data-mark', mark) },
    ),
  };

  it('draws a slot whose pick changed, copies and marks one whose mark alone changed, and keeps one where neither did', () => {
    const context = { drawn: new Map() };
    const render = (data: Data) => renderSlots(renderers, data, context, ['x']).x;
    const a = render({ text: 'a', mark: '1' });
    const marked = render({ text: 'a', mark: '2' });
    const same = render({ text: 'a', mark: '2' });
    expect(draws).toBe(1);
    expect(marked).not.toBe(a);
    expect(a.getAttribute('data-mark')).toBe('1');
    expect(marked.outerHTML).toBe('<p data-mark="2">a</p>');
    expect(same).toBe(marked);
    expect(render({ text: 'b', mark: '2' }).outerHTML).toBe('<p data-mark="2">b</p>');
    expect(draws).toBe(2);
  });

  it('marks what it draws without a memory of drawn slots (the build)', () => {
    expect(renderSlots(renderers, { text: 'c', mark: '3' }, {}, ['x']).x.outerHTML).toBe('<p data-mark="3">c</p>');
  });
});
