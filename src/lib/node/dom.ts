// A DOM for rendering charts and tables at build time (linkedom), serialized into the page.
// linkedom is patched (patches/, applied by patch-package on install) to make a node's map of
// event listeners on its first listener rather than with every node: on the sample, drawing the
// precomputed views took 21 s, a third of it making those maps and collecting them.
import { parseHTML } from 'linkedom';

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

export const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * An element as XML, for SVG that leaves the page (files, images drawn by librsvg). An HTML
 * serializer leaves `<` unescaped in attribute values, which HTML allows and XML does not, so
 * a name like `<b>` in an aria-label would break the file.
 */
export function xmlMarkup(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attributes = Array.from(element.attributes, (a) => ` ${a.name}="${escapeXml(a.value)}"`).join('');
  return `<${element.localName}${attributes}>${Array.from(element.childNodes, xmlMarkup).join('')}</${element.localName}>`;
}
