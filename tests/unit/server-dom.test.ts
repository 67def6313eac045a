// The build's DOM (linkedom, patched to make a node's listener map on its first listener: see
// src/lib/node/dom.ts): events still reach their listeners, bubble, and are removed.
import { describe, expect, it } from 'vitest';
import { serverDocument } from '../../src/lib/node/dom.ts';

describe('the build’s DOM', () => {
  it('calls listeners, bubbling ones on the parent too, until removed; removing one never added does nothing', () => {
    const document = serverDocument();
    const parent = document.createElement('div');
    const child = document.createElement('span');
    parent.append(child);
    const calls: string[] = [];
    const onChild = () => calls.push('child');
    child.addEventListener('ping', onChild);
    parent.addEventListener('ping', () => calls.push('parent'));
    parent.addEventListener('once', () => calls.push('once'), { once: true });
    child.dispatchEvent(new document.defaultView!.Event('ping', { bubbles: true }));
    parent.dispatchEvent(new document.defaultView!.Event('once'));
    parent.dispatchEvent(new document.defaultView!.Event('once'));
    child.removeEventListener('ping', onChild);
    child.dispatchEvent(new document.defaultView!.Event('ping', { bubbles: true }));
    expect(() => document.createElement('p').removeEventListener('ping', onChild)).not.toThrow();
    expect(calls).toEqual(['child', 'parent', 'once', 'parent']);
  });
});
