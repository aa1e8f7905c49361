/**
 * Messages between the main thread (`import-client.ts`) and the import worker
 * (`import.worker.ts`), as a `{ name: [params, result] }` map. The draft stays in the worker;
 * the main thread sees a {@link DraftView} and sends decisions back.
 */
import type { Place } from '../geo/gazetteer';
import type { CrsCandidate, ProjectedCrs } from './coords';
import type { ImportIssue, SourceRef } from './issues';
import type { Decisions } from './locate';
import type { FileSummary, Outcome } from './pipeline';

/** What the dialog needs to show and ask after reading. */
export interface DraftView {
  name: string;
  files: FileSummary[];
  issues: ImportIssue[];
  inputRecords: number;
  swapped: number;
  projected: number;
  crsCandidates: CrsCandidate[];
  declaredCrs?: ProjectedCrs;
  /** Rows whose name fits several places (at most 200 listed). */
  ambiguous: { index: number; ref: SourceRef; query: string; candidates: Place[] }[];
  ambiguousTotal: number;
  geocoded: number;
  defaults: Decisions;
}

export interface ImportMessages {
  analyse: [{ files: { name: string; blob: Blob }[] }, DraftView];
  finalize: [{ decisions: Decisions }, Outcome];
}

export type ImportRequest = {
  [N in keyof ImportMessages]: { id: number; name: N; params: ImportMessages[N][0] };
}[keyof ImportMessages];

export type ImportReply =
  | { id: number; type: 'progress'; phase: 'read' | 'parse' | 'locate' | 'build'; fraction: number }
  | { id: number; type: 'result'; result: DraftView | Outcome }
  | { id: number; type: 'error'; message: string };
