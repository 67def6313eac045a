import { describe, expect, it } from 'vitest';
import { type Engine, memoize } from '../../src/lib/engine/engine.ts';

function counting(fail = new Set<string>()) {
  const calls: string[] = [];
  const engine: Engine = {
    async query<T extends object>(sql: string) {
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
