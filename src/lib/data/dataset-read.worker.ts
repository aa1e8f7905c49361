/**
 * Dataset read worker: parses and checks the shipped dataset (`readDataset`) off the main
 * thread. Thin: the protocol is `dataset-read-messages.ts`, the work `read-dataset.ts`.
 */
import { replyTo, type ReadRequest } from './dataset-read-messages';
import { readDataset } from './read-dataset';

self.onmessage = (e: MessageEvent<ReadRequest>) => {
  const { reply, transfer } = replyTo(e.data, readDataset);
  (self as unknown as Worker).postMessage(reply, transfer);
};
