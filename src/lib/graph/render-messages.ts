/** Message contract of `render.worker.ts`, in the same `{ name: [params, result] }` form as `messages.ts`. */
import type { DrawOptions, Scene } from './render';

export interface RenderParams {
  /** Replaces the positions of the scene for this and later frames (morph, drag). */
  positions?: Float32Array;
  options: DrawOptions;
}

export type RenderMessages = {
  scene: [Scene, void];
  render: [RenderParams, { bitmap: ImageBitmap; ms: number }];
};

export type RenderRequest =
  | { id: number; name: 'scene'; params: Scene }
  | { id: number; name: 'render'; params: RenderParams };

export type RenderReply =
  | { id: number; type: 'rendered'; bitmap: ImageBitmap; ms: number }
  | { id: number; type: 'error'; message: string };
