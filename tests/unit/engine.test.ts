import { describe, expect, it } from 'vitest';
import { type Engine, memoize, toQuery } from '../../src/lib/engine/engine.ts';
import { type Query, sql as q } from '../../src/lib/sql.ts';

function counting(fail = new Set<string>()) {
  const calls: string[] = [];
  const engine: Engine = {
    async query<T extends object>(query: Query | string) {
      const { text, params } = toQuery(query);
      const sql = [text, ...params].join(' ');
      calls.push(sql);
      if (fail.has(sql)) throw new Error(sql);
      return [{ sql }] as unknown as T[];
    },
  };
  return { engine, calls };
}

describe('memoize', () => {
  it('answers a repeated query from memory', async () => {
    const { engine, calls } = counting();
    const cached = memoize(engine);
    expect(await cached.query('a')).toEqual([{ sql: 'a' }]);
    expect(await cached.query('a')).toEqual([{ sql: 'a' }]);
    expect(calls).toEqual(['a']);
  });

  it('forgets the least recently used query beyond its size', async () => {
    const { engine, calls } = counting();
    const cached = memoize(engine, 2);
    for (const sql of ['a', 'b', 'a', 'c', 'a', 'b']) await cached.query(sql);
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('tells the same text with other parameters apart', async () => {
    const { engine, calls } = counting();
    const cached = memoize(engine);
    const at = (snapshot: string) => q`SELECT * FROM koperasi WHERE snapshot = ${snapshot}`;
    expect(at('2025-12-31')).toEqual({ text: 'SELECT * FROM koperasi WHERE snapshot = ?', params: ['2025-12-31'] });
    await cached.query(at('2025-12-31'));
    await cached.query(at('2026-03-31'));
    await cached.query(at('2025-12-31'));
    expect(calls).toEqual(['SELECT * FROM koperasi WHERE snapshot = ? 2025-12-31', 'SELECT * FROM koperasi WHERE snapshot = ? 2026-03-31']);
  });

  it('does not remember a failure', async () => {
    const fail = new Set(['x']);
    const { engine, calls } = counting(fail);
    const cached = memoize(engine);
    await expect(cached.query('x')).rejects.toThrow('x');
    fail.clear();
    expect(await cached.query('x')).toEqual([{ sql: 'x' }]);
    expect(calls).toEqual(['x', 'x']);
  });
});
