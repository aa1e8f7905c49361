import { describe, expect, it } from 'vitest';
import { LatestRequests, StaleRequestError } from '../../../src/lib/graph/latest-request';

function setup(policy: 'replace' | 'queue') {
  const sent: [number, string][] = [];
  const superseded: number[] = [];
  const r = new LatestRequests<string, string, number>({
    policy,
    send: (id, job) => sent.push([id, job]),
    onSupersede: (id) => superseded.push(id),
    merge: (a, b) => `${a}+${b}`,
  });
  return { r, sent, superseded };
}

describe('LatestRequests (replace: the layout client)', () => {
  it('resolves the reply of the open request and forwards updates', async () => {
    const { r, sent } = setup('replace');
    const updates: number[] = [];
    const p = r.request('a', (u) => updates.push(u));
    const [id] = sent[0];
    expect(r.update(id, 0.5)).toBe(true);
    expect(r.resolve(id, 'A')).toBe(true);
    await expect(p).resolves.toBe('A');
    expect(updates).toEqual([0.5]);
    expect(r.inFlight).toBeNull();
  });

  it('a newer request supersedes the one in flight; its late reply is dropped', async () => {
    const { r, sent, superseded } = setup('replace');
    const first = r.request('a');
    const second = r.request('b');
    await expect(first).rejects.toBeInstanceOf(StaleRequestError);
    expect(superseded).toEqual([sent[0][0]]);
    expect(sent.map((s) => s[1])).toEqual(['a', 'b']);
    expect(r.resolve(sent[0][0], 'late')).toBe(false);
    expect(r.update(sent[0][0], 1)).toBe(false);
    r.resolve(sent[1][0], 'B');
    await expect(second).resolves.toBe('B');
  });

  it('cancel and failInFlight', async () => {
    const { r } = setup('replace');
    const a = r.request('a');
    r.cancel();
    await expect(a).rejects.toBeInstanceOf(StaleRequestError);
    const b = r.request('b');
    r.failInFlight(new Error('crash'));
    await expect(b).rejects.toThrow('crash');
  });
});

describe('LatestRequests (queue: the render client)', () => {
  it('keeps the one in flight, queues one, merges the waiting ones', async () => {
    const { r, sent, superseded } = setup('queue');
    const a = r.request('a');
    const b = r.request('b');
    const c = r.request('c');
    await expect(b).rejects.toBeInstanceOf(StaleRequestError);
    expect(sent.map((s) => s[1])).toEqual(['a']);
    expect(r.hasWaiting).toBe(true);
    r.resolve(sent[0][0], 'A');
    await expect(a).resolves.toBe('A');
    // The merged job goes out when the first returns.
    expect(sent.map((s) => s[1])).toEqual(['a', 'b+c']);
    r.resolve(sent[1][0], 'BC');
    await expect(c).resolves.toBe('BC');
    expect(superseded).toEqual([]);
  });

  it('a failure still starts the waiting request', async () => {
    const { r, sent } = setup('queue');
    const a = r.request('a');
    const b = r.request('b');
    r.reject(sent[0][0], new Error('no 2d context'));
    await expect(a).rejects.toThrow('no 2d context');
    expect(sent.map((s) => s[1])).toEqual(['a', 'b']);
    r.resolve(sent[1][0], 'B');
    await expect(b).resolves.toBe('B');
  });
});
