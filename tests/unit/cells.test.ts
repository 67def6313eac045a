// What the SQL explorer shows and exports for each kind of value DuckDB returns: exact text.
import { Type } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/lib/engine/cells.ts';

describe('cellText', () => {
  it('puts the point back into Arrow decimals, signs and leading zeros included', () => {
    expect(cellText(1234n, { typeId: Type.Decimal, scale: 2 })).toBe('12.34');
    expect(cellText(-5n, { typeId: Type.Decimal, scale: 3 })).toBe('-0.005');
    expect(cellText(42n, { typeId: Type.Decimal, scale: 0 })).toBe('42');
  });

  it('writes dates and timestamps as ISO text, in UTC', () => {
    expect(cellText(Date.UTC(2025, 11, 31), { typeId: Type.Date })).toBe('2025-12-31');
    expect(cellText(Date.UTC(2025, 0, 2, 3, 4, 5), { typeId: Type.Timestamp })).toBe('2025-01-02 03:04:05');
  });

  it('keeps big integers exact and lists and structs as JSON', () => {
    expect(cellText(9007199254740993n, { typeId: Type.Int })).toBe('9007199254740993');
    expect(cellText({ toJSON: () => [1n, 2n] }, { typeId: Type.List })).toBe('["1","2"]');
    expect(cellText({ a: 'x', b: null }, { typeId: Type.Struct })).toBe('{"a":"x","b":null}');
  });

  it('returns markup as the text it is, and nothing for NULL', () => {
    expect(cellText('<img src=x onerror=alert(1)>', { typeId: Type.Utf8 })).toBe('<img src=x onerror=alert(1)>');
    expect(cellText(true, { typeId: Type.Bool })).toBe('true');
    expect(cellText(null, { typeId: Type.Utf8 })).toBe('');
  });
});
