// The current-snapshot markers of the trend charts (trend.ts draws one per snapshot, hidden):
// showing the current one, and leaving the hidden ones out of what is published or exported.
// Apart from trend.ts so that the export code reads them without loading Plot.

/** The attribute naming the snapshot (ISO date) of a marker's dot or value. */
export const MARKER = 'data-marker';
const HIDDEN = `[${MARKER}][display]`;

/** Shows the markers of `snapshot` (ISO date) in the trend charts under `root`, and hides the others. */
export function markCurrent(root: Element, snapshot: string): void {
  for (const marker of root.querySelectorAll(`[${MARKER}]`)) {
    if (marker.getAttribute(MARKER) === snapshot) marker.removeAttribute('display');
    else marker.setAttribute('display', 'none');
  }
}

/** Removes the hidden markers under `root`, which must be a copy (an exported figure's, say). */
export function removeHiddenMarkers(root: Element): void {
  for (const marker of root.querySelectorAll(HIDDEN)) marker.remove();
}

/**
 * An element as a page publishes it: without the hidden markers (a copy, when it has any). The
 * page and each view drawn at build show one snapshot; only the browser's own drawings, which
 * `markCurrent` marks anew, need every snapshot's marker (on a province of 40 snapshots, 800
 * hidden elements on the home page alone).
 */
export function withoutHiddenMarkers<E extends Element>(element: E): E {
  if (!element.querySelector(HIDDEN)) return element;
  const copy = element.cloneNode(true) as E;
  removeHiddenMarkers(copy);
  return copy;
}
