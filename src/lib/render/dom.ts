// Building DOM with any Document (linkedom at build time, the page's in the browser). Text goes
// in as text nodes, never as HTML, so names from the data cannot become markup.
export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

export function element(document: Document, tag: string, attributes: Attributes = {}, children: Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** `element` bound to one document: h('p', {class: 'x'}, ['text']). */
export function builder(document: Document) {
  return (tag: string, attributes?: Attributes, children?: Child[]) => element(document, tag, attributes, children);
}

/**
 * A slot's renderer: `pick` takes from the page's result what the slot shows, as plain JSON data;
 * `draw` draws that, and only that (it is typed on the pick), so an unchanged pick means an
 * unchanged slot. `mark`, when given, is what the slot shows that is set on a drawn element
 * rather than drawn (the trend's current snapshot): its own pick, and `apply`, which sets it.
 */
export interface SlotRenderer<T, C> {
  pick(data: T): unknown;
  // Methods: their parameters are the picks' own types, checked where `slotRenderer` is called.
  draw(picked: unknown, context: C): HTMLElement;
  mark?: { pick(data: T): unknown; apply(element: HTMLElement, picked: unknown): void };
}

/** A slot renderer over the results `T`, typed so that `draw` accepts what `pick` returns (and `mark.apply` what `mark.pick` does). */
export const slotRenderer =
  <T, C>() =>
  <P, M = never>(pick: (data: T) => P, draw: (picked: P, context: C) => HTMLElement, mark?: { pick: (data: T) => M; apply: (element: HTMLElement, picked: M) => void }): SlotRenderer<T, C> => ({
    pick,
    draw: draw as (picked: unknown, context: C) => HTMLElement,
    mark: mark as SlotRenderer<T, C>['mark'],
  });

/**
 * The slots last drawn in a render context, by name, with their pick as JSON: the browser's
 * context keeps them from one view to the next, so that a change redraws only the slots it
 * changes. On the sample in desktop Chromium: another map metric (trends, composition and figures
 * kept) 76–81 → 62–64 ms to the next frame; the table's next page 45 → 24 ms.
 */
export type DrawnSlots = Map<string, { key: string; marked: string; element: HTMLElement }>;

/**
 * The slots asked for, each drawn by its renderer and marked: a brief or a deck shows only a few
 * of a page's. With `context.drawn`, a slot whose pick and mark equal the ones last drawn is that
 * same element; one whose pick alone is equal is a copy of it, marked anew — never that element
 * marked in place, since it may be on the page, showing a view that a slower, older request
 * (rendered, then dropped) must not change. Another snapshot on the sample's dashboard, desktop
 * Chromium, result to slots: about 35 → 20 ms (its ten trend charts copied, not drawn).
 */
export function renderSlots<T, C extends { drawn?: DrawnSlots }, K extends string>(renderers: Record<K, SlotRenderer<T, C>>, data: T, context: C, slots: readonly K[]): Record<K, HTMLElement> {
  return Object.fromEntries(
    slots.map((name) => {
      const { pick, draw, mark } = renderers[name];
      const picked = pick(data);
      const marking = mark?.pick(data);
      const marked = <E extends HTMLElement>(element: E) => {
        mark?.apply(element, marking);
        return element;
      };
      if (!context.drawn) return [name, marked(draw(picked, context))];
      const key = JSON.stringify(picked);
      const markKey = JSON.stringify(marking ?? null);
      const last = context.drawn.get(name);
      if (last?.key === key && last.marked === markKey) return [name, last.element];
      const element = marked(last?.key === key ? (last.element.cloneNode(true) as HTMLElement) : draw(picked, context));
      context.drawn.set(name, { key, marked: markKey, element });
      return [name, element];
    }),
  ) as Record<K, HTMLElement>;
}
