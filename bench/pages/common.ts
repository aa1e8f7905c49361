/**
 * Shared in-page measurement for every bench page: long tasks (Long Tasks
 * API), the scripted zoom-and-pan gesture, and frame intervals.
 */
export interface LongTask {
  start: number;
  duration: number;
}

export const longTasks: LongTask[] = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No Long Tasks API: the longest task is reported as unknown (NaN).
}

/**
 * Longest long task (≥ 50 ms by definition) that started in [t0, t1]; 0 when
 * none. "Started in": a task already running at t0 belongs to whatever ran
 * before (e.g. the page's own set-up), which is reported separately.
 */
export function longestTask(t0: number, t1: number): number {
  let max = 0;
  for (const t of longTasks) if (t.start >= t0 - 1 && t.start < t1) max = Math.max(max, t.duration);
  return max;
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** The scripted gesture: 60 frames zooming in about the centre, then 60 frames panning. */
export function gestureSteps(start: Transform, width: number, height: number): Transform[] {
  const steps: Transform[] = [];
  let { k, x, y } = start;
  const cx = width / 2;
  const cy = height / 2;
  for (let i = 0; i < 60; i++) {
    const f = 1.03;
    x = cx - (cx - x) * f;
    y = cy - (cy - y) * f;
    k *= f;
    steps.push({ k, x, y });
  }
  for (let i = 0; i < 60; i++) {
    x += 6;
    y += 3;
    steps.push({ k, x, y });
  }
  return steps;
}

export interface GestureResult {
  /** rAF-to-rAF intervals during the gesture, ms. */
  intervals: number[];
  frames: number;
  steps: number;
  /** Longest long task during the gesture. */
  longestTask: number;
  t0: number;
  t1: number;
  /** When the last step was applied (the gesture's end). */
  tLast: number;
}

/**
 * Applies one step per animation frame and records the interval between
 * frames; stops early after `maxMs` (slow baselines would take minutes).
 */
export function runGesture(
  steps: Transform[],
  apply: (t: Transform) => void,
  maxMs: number,
): Promise<GestureResult> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let last = 0;
    let i = 0;
    let tLast = 0;
    const t0 = performance.now();
    const frame = (now: number): void => {
      if (last) intervals.push(now - last);
      last = now;
      if (i < steps.length && now - t0 < maxMs) {
        apply(steps[i++]);
        tLast = performance.now();
        requestAnimationFrame(frame);
      } else {
        // One more frame so the last step's drawing is included in the intervals.
        requestAnimationFrame((end) => {
          intervals.push(end - last);
          const t1 = performance.now();
          resolve({
            intervals,
            frames: intervals.length,
            steps: i,
            longestTask: longestTask(t0, t1),
            t0,
            t1,
            tLast,
          });
        });
      }
    };
    requestAnimationFrame(frame);
  });
}

export const params = new URLSearchParams(location.search);
