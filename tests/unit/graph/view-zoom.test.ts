import { describe, expect, it } from 'vitest';
import { viewOfZoom, zoomOfView } from '../../../src/lib/graph/view-zoom';
import { fitView } from '../../../src/lib/graph/camera';

describe('network zoom in a link', () => {
  it('the fitted view is zoom 1 centred on the layout origin', () => {
    const z = zoomOfView(fitView(800, 600), 800, 600);
    expect(z.k).toBeCloseTo(1, 9);
    expect(z.cx).toBeCloseTo(0, 9);
    expect(z.cy).toBeCloseTo(0, 9);
  });

  it.each([
    [{ k: 2.5, cx: 120, cy: -40 }, 800, 600],
    [{ k: 0.5, cx: -300, cy: 10 }, 1920, 1080],
    [{ k: 12, cx: 0.5, cy: 0.25 }, 333, 777],
  ])('round trip %j in %i × %i', (zoom, w, h) => {
    const back = zoomOfView(viewOfZoom(zoom, w, h), w, h);
    expect(back.k).toBeCloseTo(zoom.k, 9);
    expect(back.cx).toBeCloseTo(zoom.cx, 9);
    expect(back.cy).toBeCloseTo(zoom.cy, 9);
  });

  it('the same zoom shows the same layout point at the centre of any pane', () => {
    const zoom = { k: 3, cx: 50, cy: 20 };
    for (const [w, h] of [
      [400, 300],
      [1600, 900],
    ]) {
      const v = viewOfZoom(zoom, w, h);
      expect(50 * v.k + v.x).toBeCloseTo(w / 2, 9);
      expect(20 * v.k + v.y).toBeCloseTo(h / 2, 9);
    }
  });
});
