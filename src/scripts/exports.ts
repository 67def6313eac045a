// The download buttons under every chart and map (rendered with the chart, so they survive
// redraws): SVG or PNG with title, view and source drawn in, and the data as CSV. The code that
// makes the files loads on the first press: every page has the buttons, few readers press them,
// and loaded with the page it was 6 kB of the home's 45 kB before interaction (d3-dsv among it).

function save(blob: Blob, name: string) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function describe(figure: Element) {
  const heading = figure.closest('section')?.querySelector('h2')?.textContent?.trim() ?? document.title;
  const view = document.querySelector('[data-slot="view"]')?.textContent?.trim();
  const summary = figure.querySelector('figcaption')?.textContent?.trim();
  const { publisher, sample } = document.body.dataset;
  // The date of the figures shown (a view of an older snapshot), else the site's data date.
  const date = document.querySelector('[data-slot="meta"] strong')?.textContent?.trim() ?? document.body.dataset.date;
  const source = [publisher, date, sample].filter(Boolean).join(' · ');
  return { title: heading, subtitle: [view, summary].filter((s): s is string => Boolean(s)), source };
}

async function png(svg: SVGSVGElement): Promise<Blob> {
  const text = new XMLSerializer().serializeToString(svg);
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  await image.decode();
  const scale = 2;
  const canvas = Object.assign(document.createElement('canvas'), { width: image.width * scale, height: image.height * scale });
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-export]');
  const figure = button?.closest('figure');
  if (!button || !figure) return;
  const [{ composeSvg, fileName, tableData }, { delimiterFor, toCsv }] = await Promise.all([import('../lib/export/figure.ts'), import('../lib/export/csv.ts')]);
  const text = describe(figure);
  const kind = button.dataset.export;
  if (kind === 'csv') {
    const table = figure.querySelector('table') ?? figure.closest('section')?.querySelector('table');
    if (!table) return;
    const { header, rows } = tableData(table);
    save(new Blob([toCsv(header, rows, delimiterFor(document.documentElement.lang))], { type: 'text/csv;charset=utf-8' }), fileName(text.title, 'csv'));
    return;
  }
  const svg = composeSvg(document, figure, text);
  if (kind === 'svg') save(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }), fileName(text.title, 'svg'));
  else save(await png(svg), fileName(text.title, 'png'));
});
