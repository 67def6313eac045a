// Plot links a mark with xlink:href and names the shape, not the link. Every link gets a plain
// href instead (the same in the pre-rendered page and after a redraw, and what CSS selectors
// match) and the shape's name, so each linked shape is one named, focusable link.
const XLINK = 'http://www.w3.org/1999/xlink';

export function plainLinks<T extends Element>(chart: T): T {
  for (const a of Array.from(chart.querySelectorAll('a'))) {
    const href = a.getAttributeNS(XLINK, 'href') ?? a.getAttribute('href');
    a.removeAttributeNS(XLINK, 'href');
    if (href) a.setAttribute('href', href);
    const label = a.firstElementChild?.getAttribute('aria-label');
    if (label) a.setAttribute('aria-label', label);
  }
  return chart;
}
