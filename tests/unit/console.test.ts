// The SQL console's words for people: DuckDB's errors as sentences, SQL type names, and a quick
// chart only where a result can make one.
import { Bool, DateDay, Decimal, Float64, Int32, Int64, List, Field, TimestampMillisecond, Uint8, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { isNumeric, sqlTypeName } from '../../src/lib/engine/console.ts';
import { readableError } from '../../src/lib/engine/readable-error.ts';
import { quickChart } from '../../src/lib/explorer.ts';

describe('the SQL console', () => {
  it('writes a DuckDB error reported as JSON as its message', () => {
    const raw = '{"exception_type":"Parser","exception_message":"syntax error at or near \\"FORM\\"","position":"9","error_subtype":"SYNTAX_ERROR"}';
    expect(readableError(raw)).toBe('Parser Error: syntax error at or near "FORM"');
    expect(readableError(`Error: ${raw}`)).toBe('Parser Error: syntax error at or near "FORM"');
    expect(readableError('Catalog Error: Table with name x does not exist!')).toBe('Catalog Error: Table with name x does not exist!');
    expect(readableError('{not json')).toBe('{not json');
  });

  it('names column types as SQL does', () => {
    expect(sqlTypeName(new Int64())).toBe('BIGINT');
    expect(sqlTypeName(new Int32())).toBe('INTEGER');
    expect(sqlTypeName(new Uint8())).toBe('UTINYINT');
    expect(sqlTypeName(new Float64())).toBe('DOUBLE');
    expect(sqlTypeName(new Decimal(3, 18, 128))).toBe('DECIMAL(18,3)');
    expect(sqlTypeName(new Utf8())).toBe('VARCHAR');
    expect(sqlTypeName(new Bool())).toBe('BOOLEAN');
    expect(sqlTypeName(new DateDay())).toBe('DATE');
    expect(sqlTypeName(new TimestampMillisecond())).toBe('TIMESTAMP');
    expect(sqlTypeName(new List(new Field('item', new Utf8())))).toBe('VARCHAR[]');
    expect([new Int64(), new Decimal(2, 10, 128), new Float64()].every(isNumeric)).toBe(true);
    expect(isNumeric(new Utf8())).toBe(false);
  });

  it('draws a quick chart only from two rows or more', () => {
    expect(quickChart([['Klari', '57']], 2)).toBeNull();
    expect(quickChart([['Klari', '57'], ['Cikampek', '44']], 2)).toEqual({ kind: 'bar', x: 0, y: 1 });
  });
});
