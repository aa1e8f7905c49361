/**
 * The only time limits in the end-to-end tests. They detect a hang; they are not speed
 * checks, so no outcome depends on how fast the machine is. Every wait in a test waits for a
 * state (`waitForState`, `locator.waitFor`, `expect.poll`, Playwright's auto-waiting
 * actions) and gives up only after {@link STATE_WAIT_MS}. On an idle machine the slowest such
 * state arrives within ~3 s, on a 2-core machine loaded by eight people within ~15 s: the
 * limit leaves a margin of eight times that. A test that stops making progress fails at the
 * wait that hung (with that wait's message), well before {@link TEST_MS}.
 *
 * Tests state no timeouts of their own.
 */

/** Any single wait for a state: Playwright actions, navigation, `waitForState`, `expect.poll`. */
export const STATE_WAIT_MS = 120_000;

/** A whole test, `beforeAll` or `afterAll`; longer than several slow waits in a row. */
export const TEST_MS = 300_000;

/**
 * How often a wait for a state checks it ({@link waitForState} in harness.ts, `expect.poll`).
 * Not a limit: a state that arrives is seen within this much.
 */
export const POLL_MS = 100;
