// A DOM for rendering charts and tables at build time (linkedom), serialized into the page.
import { parseHTML } from 'linkedom';

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
