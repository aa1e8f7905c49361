import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../../src/lib/data/result';
import { Loader } from '../../../src/lib/state/load-state.svelte';

/** A loader whose runs the test settles by hand. */
function manual<T, E>() {
  const runs: ((r: Result<T, E>) => void)[] = [];
  const loader = new Loader<T, E>(() => new Promise((resolve) => runs.push(resolve)));
  return { loader, runs };
}

describe('Loader', () => {
  it('starts idle and loads nothing until asked', () => {
    const { loader, runs } = manual<number, string>();
    expect(loader.state).toEqual({ state: 'idle' });
    expect(loader.value).toBeNull();
    expect(runs).toHaveLength(0);
  });

  it('shares one run between callers and ends ready', async () => {
    const { loader, runs } = manual<number, string>();
    const a = loader.load();
    const b = loader.load();
    expect(runs).toHaveLength(1);
    expect(loader.state).toEqual({ state: 'loading' });
    runs[0](ok(7));
    expect(await a).toEqual(ok(7));
    expect(await b).toEqual(ok(7));
    expect(loader.state).toEqual({ state: 'ready', value: 7 });
    expect(loader.value).toBe(7);
    // Loaded: no second run.
    expect(await loader.load()).toEqual(ok(7));
    expect(runs).toHaveLength(1);
  });

  it('keeps the error as state, and the next load tries again', async () => {
    const { loader, runs } = manual<number, string>();
    const first = loader.load();
    runs[0](err('offline'));
    expect(await first).toEqual(err('offline'));
    expect(loader.state).toEqual({ state: 'error', error: 'offline' });
    const second = loader.load();
    expect(runs).toHaveLength(2);
    expect(loader.state).toEqual({ state: 'loading' });
    runs[1](ok(1));
    expect(await second).toEqual(ok(1));
    expect(loader.state).toEqual({ state: 'ready', value: 1 });
  });

  it('rethrows a bug (a thrown error) and does not stay loading', async () => {
    const loader = new Loader<number, string>(async () => {
      throw new Error('bug');
    });
    await expect(loader.load()).rejects.toThrow('bug');
    expect(loader.state).toEqual({ state: 'idle' });
  });
});
