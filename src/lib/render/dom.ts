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

/** The slots asked for, each drawn by its renderer: a brief or a deck shows only a few of a page's. */
export function renderSlots<T, C, K extends string>(renderers: Record<K, (data: T, context: C) => HTMLElement>, data: T, context: C, slots: readonly K[]): Record<K, HTMLElement> {
  return Object.fromEntries(slots.map((slot) => [slot, renderers[slot](data, context)])) as Record<K, HTMLElement>;
}
