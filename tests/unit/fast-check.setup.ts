/**
 * One configuration for every property test (fast-check), loaded by Vitest before each unit
 * test file (`setupFiles` in vite.config.ts).
 *
 * - **Run counts, never time budgets.** A property runs `numRuns` cases (100 unless the test
 *   states more, e.g. the importer fuzz: 1,000); no `interruptAfterTimeLimit` or per-case
 *   `timeout`, so how fast the machine is never changes what is checked or whether it passes.
 * - **A fixed seed by default**, so `npm test` checks the same cases on every run and machine,
 *   and a red run is red again. `FC_SEED=<integer>` replays another seed (fast-check prints the
 *   seed and path of every counterexample); `FC_SEED=random` explores fresh cases.
 *
 * https://fast-check.dev/docs/configuration/global-settings/
 */
import fc from 'fast-check';

const DEFAULT_SEED = 17;

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== 'random' && !Number.isSafeInteger(Number(seed)))
  throw new Error(`FC_SEED must be an integer or "random", not "${seed}"`);

fc.configureGlobal({
  numRuns: 100,
  ...(seed === 'random' ? {} : { seed: seed === undefined ? DEFAULT_SEED : Number(seed) }),
});
