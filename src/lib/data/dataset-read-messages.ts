/**
 * Messages between the main thread and the dataset read worker (`dataset-read.worker.ts`).
 * One request, one reply: the texts go in (strings clone as a copy of their bytes), the
 * checked package comes back as one structured clone with its node order's buffers
 * transferred, not copied.
 */
import type { DatasetRead, DatasetTexts } from './read-dataset';

/** Main → worker: read and check these texts. `id` ties the reply to the request. */
export interface ReadRequest {
  id: number;
  texts: DatasetTexts;
}

/** Worker → main. */
export interface ReadReply {
  id: number;
  result: DatasetRead;
}

/** The reply to a request and the buffers to transfer with it (the node order's). */
export function replyTo(
  request: ReadRequest,
  read: (texts: DatasetTexts) => DatasetRead,
): { reply: ReadReply; transfer: ArrayBuffer[] } {
  const result = read(request.texts);
  const transfer = result.ok
    ? [result.order.projects.buffer as ArrayBuffer, result.order.actors.buffer as ArrayBuffer]
    : [];
  return { reply: { id: request.id, result }, transfer };
}
