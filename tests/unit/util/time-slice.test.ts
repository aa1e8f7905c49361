import { describe, expect, it } from 'vitest';
import { runSliced } from '../../../src/lib/util/time-slice';
import { BUILD_CHUNK, buildGraph, buildGraphSteps } from '../../../src/lib/graph/model';
import { syntheticGraph } from '../../../src/lib/graph/synthetic';

/** A generator of `n` steps that records how many ran. */
function* counter(n: number, log: { ran: number }): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    log.ran++;
    yield;
  }
  return 'done';
}

/** A clock that advances `ms` each time it is read. */
const ticking = (ms: number) => {
  let t = 0;
  return () => (t += ms);
};

describe('runSliced', () => {
  it('finishes a job that fits one slice without yielding to the host', async () => {
    let yields = 0;
    const log = { ran: 0 };
    const result = await runSliced(counter(3, log), {
      now: () => 0,
      yieldToHost: async () => {
        yields++;
      },
    });
    expect(result).toBe('done');
    expect(log.ran).toBe(3);
    expect(yields).toBe(0);
  });

  it('yields to the host whenever a slice reaches the budget', async () => {
    let yields = 0;
    const log = { ran: 0 };
    // Each clock read costs 1 ms; a slice reads it once at the start and once per step.
    const result = await runSliced(counter(100, log), {
      budgetMs: 10,
      now: ticking(1),
      yieldToHost: async () => {
        yields++;
      },
    });
    expect(result).toBe('done');
    expect(log.ran).toBe(100);
    // 10 steps per slice → 11 slices for 100 steps plus the final return: 10 yields.
    expect(yields).toBe(10);
  });

  it('stops at the next slice boundary once aborted, and rejects', async () => {
    const abort = new AbortController();
    const log = { ran: 0 };
    const run = runSliced(counter(1_000, log), {
      budgetMs: 5,
      now: ticking(1),
      signal: abort.signal,
      yieldToHost: async () => abort.abort(),
    });
    await expect(run).rejects.toThrow();
    expect(log.ran).toBeGreaterThan(0);
    expect(log.ran).toBeLessThan(1_000);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const log = { ran: 0 };
    await expect(runSliced(counter(5, log), { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(log.ran).toBe(0);
  });

  it('uses a real macrotask by default', async () => {
    const log = { ran: 0 };
    await expect(runSliced(counter(10, log), { budgetMs: 0 })).resolves.toBe('done');
    expect(log.ran).toBe(10);
  });
});

describe('buildGraphSteps', () => {
  it.each([
    ['empty', 0],
    ['smaller than one chunk', 50],
    ['several chunks', 3_000],
  ])('%s: sliced build equals the one-go build', async (_name, n) => {
    const input = syntheticGraph(n, 4, 7);
    const sliced = await runSliced(buildGraphSteps(input), { budgetMs: 0 });
    expect(sliced).toEqual(buildGraph(input));
  });

  it('pauses inside the loops of a big input (so slices stay short)', () => {
    const steps = buildGraphSteps(syntheticGraph(3_000, 4, 7));
    let yields = 0;
    while (!steps.next().done) yields++;
    // 3,000 nodes + ~12,000 edges at one pause per 1,024 iterations, plus the phase boundaries.
    expect(yields).toBeGreaterThanOrEqual(Math.floor(15_000 / BUILD_CHUNK));
  });

  it('does not mutate its input', async () => {
    const input = syntheticGraph(500, 4, 3);
    const copy = structuredClone(input);
    await runSliced(buildGraphSteps(input), { budgetMs: 0 });
    expect(input).toEqual(copy);
  });
});
