/** lazy(): a module loads once, a failed load is not kept. */
import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/lib/lazy';

describe('lazy', () => {
  it('imports once, however often it is asked for, and keeps the module', async () => {
    let calls = 0;
    const m = lazy(async () => {
      calls++;
      return { value: 42 };
    });
    expect(m.loaded).toBeNull();
    const [a, b] = await Promise.all([m.load(), m.load()]);
    expect(a).toBe(b);
    expect(await m.load()).toBe(a);
    expect(m.loaded).toBe(a);
    expect(calls).toBe(1);
  });

  it('tries again after a failed import (e.g. offline before the chunk was cached)', async () => {
    let calls = 0;
    const m = lazy(async () => {
      calls++;
      if (calls === 1) throw new Error('network');
      return { ok: true };
    });
    await expect(m.load()).rejects.toThrow('network');
    expect(m.loaded).toBeNull();
    expect(await m.load()).toEqual({ ok: true });
    expect(calls).toBe(2);
  });
});
