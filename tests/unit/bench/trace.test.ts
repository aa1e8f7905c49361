/** The scale bench's reading of a light trace: top-level renderer main-thread tasks, wall and CPU. */
import { describe, expect, it } from 'vitest';
import { mainThreadTasks, type TraceEvent } from '../../../bench/lib/trace';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (
  tid: number,
  ts: number,
  dur: number,
  tdur: number,
  name = 'RunTask',
): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
  tdur,
});

describe('mainThreadTasks', () => {
  const events: TraceEvent[] = [
    meta(1, 10, 'CrRendererMain'),
    meta(1, 20, 'Compositor'),
    // A 300 ms task the thread ran for 40 ms, with a task nested in it (not counted twice).
    task(10, 1_000, 300_000, 40_000),
    task(10, 2_000, 100_000, 30_000, 'ThreadControllerImpl::RunTask'),
    task(10, 400_000, 60_000, 55_000, 'ThreadControllerImpl::RunTask'),
    task(10, 500_000, 20_000, 20_000),
    // Another thread's task is not the main thread's.
    task(20, 1_000, 900_000, 900_000),
  ];

  it('lists top-level main-thread tasks over the limit, in ms, in order', () => {
    expect(mainThreadTasks(events, 50)).toEqual([
      { wall: 300, cpu: 40 },
      { wall: 60, cpu: 55 },
    ]);
  });

  it('with no limit, every top-level task (for the phase’s CPU total)', () => {
    expect(mainThreadTasks(events, 0).reduce((s, t) => s + t.cpu, 0)).toBe(115);
  });

  it('reads nothing from a trace without a renderer main thread', () => {
    expect(mainThreadTasks(events.slice(1), 0)).toEqual([]);
  });
});
