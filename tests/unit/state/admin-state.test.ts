/**
 * AdminState.settled: what the map shows of the official areas waits until no admin file is
 * loading, so files asked for together join the map together.
 */
import { describe, expect, it } from 'vitest';
import { ok, type LoadError, type Result } from '../../../src/lib/data/result';
import { Loader } from '../../../src/lib/state/load-state.svelte';
import { AdminState, type AdminLoads } from '../../../src/lib/state/admin-state.svelte';
import type { AppState } from '../../../src/lib/state/app-state.svelte';

/** A loader whose runs the test settles by hand. */
function manual<T>() {
  const runs: ((r: Result<T, LoadError>) => void)[] = [];
  const loader = new Loader<T, LoadError>(() => new Promise((resolve) => runs.push(resolve)));
  return { loader, runs };
}

describe('AdminState.settled', () => {
  it('holds the last value while a file loads and gives the new one when none does', async () => {
    const kreise = manual<never>();
    const gemeinden = manual<never>();
    const gazetteer = manual<never>();
    const admin = new AdminState(
      {} as AppState,
      {
        kreise: kreise.loader,
        gemeinden: gemeinden.loader,
        gazetteer: gazetteer.loader,
      } as unknown as AdminLoads,
    );
    const shown = admin.settled(() => [admin.kreise.state, admin.gazetteer.state].join(), 'none');
    expect(shown()).toBe('idle,idle');

    const k = kreise.loader.load();
    const z = gazetteer.loader.load();
    expect(admin.loading).toBe(true);
    expect(shown()).toBe('idle,idle');
    kreise.runs[0](ok(1 as never));
    await k;
    // The gazetteer is still on its way: the Kreise wait for it.
    expect(shown()).toBe('idle,idle');
    gazetteer.runs[0](ok(2 as never));
    await z;
    expect(admin.loading).toBe(false);
    expect(shown()).toBe('ready,ready');
  });

  it('gives `initial` while the first files load', () => {
    const kreise = manual<never>();
    const admin = new AdminState(
      {} as AppState,
      {
        kreise: kreise.loader,
        gemeinden: manual<never>().loader,
        gazetteer: manual<never>().loader,
      } as unknown as AdminLoads,
    );
    void kreise.loader.load();
    expect(admin.settled(() => admin.kreise.state, 'initial')()).toBe('initial');
  });
});
