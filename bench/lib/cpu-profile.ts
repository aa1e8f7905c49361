/**
 * Main-thread CPU profiles for bench cases, through the Chrome DevTools Protocol
 * (`Profiler` domain): start before a phase, stop after it, write the `.cpuprofile` (open it in
 * DevTools' Performance panel) and print the functions with the most self and total time, so a
 * bench run says *what* blocks, not only how long.
 *
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Profiler/
 */
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Profiler {
  stop(file: string): Promise<void>;
}

/** Starts sampling the page's main thread (1 ms interval). */
export async function startProfile(page: Page): Promise<Profiler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      writeFileSync(file, JSON.stringify(profile));
      console.log(`  profile: ${file}`);
      for (const line of summarize(profile)) console.log(`    ${line}`);
    },
  };
}

const label = (n: ProfileNode): string => {
  const f = n.callFrame;
  const file = f.url.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
};

/** Top functions by self and by total (inclusive, counted once per sample) time, in ms. */
export function summarize(profile: Profile, top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id: number | undefined = profile.samples[i];
    const leaf = byId.get(id);
    if (!leaf) continue;
    const name = label(leaf);
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    while (id !== undefined) {
      const n = byId.get(id);
      if (!n) break;
      const l = label(n);
      if (!seen.has(l)) {
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + dt);
      }
      id = parent.get(id);
    }
  }
  const fmtTop = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`);
  return ['self:', ...fmtTop(self), 'total:', ...fmtTop(total)];
}
