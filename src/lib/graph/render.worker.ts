/**
 * Render worker: draws full-quality frames into an OffscreenCanvas with the
 * pure functions of `render.ts` and hands each back as an ImageBitmap
 * (transferred, not copied). A 20,000-node frame takes hundreds of
 * milliseconds on a CPU rasteriser; here it never blocks the main thread.
 */
import { drawScene, type Scene } from './render';
import type { RenderReply, RenderRequest } from './render-messages';

let scene: Scene | null = null;
let canvas: OffscreenCanvas | null = null;

const post = (reply: RenderReply, transfer: Transferable[] = []): void =>
  (self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = (event: MessageEvent<RenderRequest>) => {
  const msg = event.data;
  if (msg.name === 'scene') {
    scene = msg.params;
    return;
  }
  try {
    if (!scene) throw new Error('render before scene');
    if (msg.params.positions) scene = { ...scene, positions: msg.params.positions };
    const o = msg.params.options;
    const w = Math.max(1, Math.round(o.width * o.dpr));
    const h = Math.max(1, Math.round(o.height * o.dpr));
    if (!canvas) canvas = new OffscreenCanvas(w, h);
    else if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context in worker');
    const t0 = performance.now();
    drawScene(ctx, scene, o);
    const bitmap = canvas.transferToImageBitmap();
    post({ id: msg.id, type: 'rendered', bitmap, ms: performance.now() - t0 }, [bitmap]);
  } catch (e) {
    post({ id: msg.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
