// Putting a redrawn view's slots in place of the page's (`[data-slot="<name>"]`), whether the
// browser drew them (./interactive.ts) or the build did (a precomputed view's HTML).

/**
 * Slots drawn at build, `{"<slot>": "<outer HTML>"}` as src/lib/node/precompute.ts publishes
 * them, as elements. The HTML is the build's own output from the site's data (text escaped as on
 * the page itself), parsed inert in a template.
 */
export function parseSlots(html: Record<string, string>): Record<string, HTMLElement> {
  const template = document.createElement('template');
  return Object.fromEntries(
    Object.entries(html).map(([name, markup]) => {
      template.innerHTML = markup;
      return [name, template.content.firstElementChild as HTMLElement];
    }),
  );
}

/** Replaces each slot's content with its new element, keeping what the reader opened. */
export function swapSlots(slots: Record<string, HTMLElement>): void {
  for (const [name, element] of Object.entries(slots)) {
    const target = document.querySelector(`[data-slot="${name}"]`);
    if (!target) continue;
    // Keep open what the reader opened (data tables).
    const open = Array.from(target.querySelectorAll('details'), (d) => d.open);
    element.querySelectorAll('details').forEach((d, i) => (d.open = open[i] ?? false));
    // A slot the change leaves as it was (a trend under a new map metric) is not redrawn:
    // replacing it would cost layout and paint, and the reader's scroll inside it.
    if (target.childElementCount === 1 && target.firstElementChild!.isEqualNode(element)) continue;
    target.replaceChildren(element);
  }
}
