import { describe, expect, it } from 'vitest';
import { CENTRE_MIN_ZOOM, centreOn, fitScale, fitView } from '../../../src/lib/graph/camera';

const at = (v: { k: number; x: number; y: number }, px: number, py: number) => [
  px * v.k + v.x,
  py * v.k + v.y,
];

describe('centreOn', () => {
  type View = { k: number; x: number; y: number };
  // name, view, point x, point y, minK, expected zoom
  const cases: [string, View, number, number, number, number][] = [
    ['zoomed in: keeps the zoom', { k: 3, x: 10, y: -40 }, 120, -300, 1, 3],
    ['far out: zooms in to the minimum', { k: 0.2, x: 400, y: 300 }, -250, 410, 1.5, 1.5],
    ['exactly at the minimum', { k: 1.5, x: 0, y: 0 }, 0, 0, 1.5, 1.5],
    ['point at the origin', { k: 0.7, x: 5, y: 5 }, 0, 0, 0.5, 0.7],
  ];
  it.each(cases)('%s: the point lands on the centre', (_name, view, px, py, minK, k) => {
    const next = centreOn(view, px, py, 800, 600, minK);
    const [sx, sy] = at(next, px, py);
    expect(sx).toBeCloseTo(400, 6);
    expect(sy).toBeCloseTo(300, 6);
    expect(next.k).toBe(k);
  });

  it('never zooms past maxK', () => {
    const next = centreOn({ k: 50, x: 0, y: 0 }, 10, 10, 800, 600, 1, 40);
    expect(next.k).toBe(40);
    expect(at(next, 10, 10)).toEqual([400, 300]);
  });

  it('does not mutate the view it is given', () => {
    const view = { k: 0.1, x: 1, y: 2 };
    centreOn(view, 5, 5, 100, 100, 1);
    expect(view).toEqual({ k: 0.1, x: 1, y: 2 });
  });
});

describe('fitView', () => {
  it('fits the 1000-unit layout square into 80 % of the smaller side, centred', () => {
    expect(fitScale(1000, 500)).toBeCloseTo(0.4);
    expect(fitView(1000, 500)).toEqual({ k: fitScale(1000, 500), x: 500, y: 250 });
  });
  it('centring from the fitted view zooms in to CENTRE_MIN_ZOOM × the fit', () => {
    const fit = fitView(800, 600);
    const next = centreOn(fit, 100, 100, 800, 600, fit.k * CENTRE_MIN_ZOOM);
    expect(next.k).toBeCloseTo(fit.k * CENTRE_MIN_ZOOM);
  });
});
