/**
 * Messages between the main thread (`import-client.ts`) and the import worker
 * (`import.worker.ts`), as a `{ name: [params, result] }` map. The files, sheets and records
 * stay in the worker; the main thread sees a {@link DraftView} (the column preview, the
 * questions) and sends mappings and decisions back.
 */
import type { Place } from '../geo/gazetteer';
import type { ImportIssue, SourceRef } from './issues';
import type { CrsEvidence, Decisions } from './locate';
import type { Guess, Mapping } from './mapping/guess';
import type { FileSummary, Outcome, Remembered } from './pipeline';
import type { FileFormat } from './sheet';

/** Rows of each sheet shown in the column preview. */
export const PREVIEW_ROWS = 8;

/** One sheet as the column preview shows it. */
export interface SheetView {
  file: string;
  sheet?: string;
  format: FileFormat;
  /** Fixed by the format (GEXF nodes/edges, lines of a GeoJSON); else the user may switch. */
  fixedRole: boolean;
  columns: string[];
  /** The first rows' cells. */
  rows: string[][];
  rowCount: number;
  /** Whether the rows carry their own geometry (GeoJSON, KML, Shapefile). */
  geometry: boolean;
  /** Key under which the user's mapping is remembered. */
  signature: string;
  mapping: Mapping;
  guess: Guess;
  /** The mapping is one the user chose for these headers before. */
  remembered: boolean;
}

/** What the dialog needs to show and ask after reading. */
export interface DraftView {
  name: string;
  files: FileSummary[];
  sheets: SheetView[];
  issues: ImportIssue[];
  inputRecords: number;
  swapped: number;
  projected: number;
  /** Rows converted from a system their file declares. */
  declared: number;
  crsCandidates: CrsEvidence[];
  /** Rows whose name fits several places (at most 200 listed). */
  ambiguous: { index: number; ref: SourceRef; query: string; candidates: Place[] }[];
  ambiguousTotal: number;
  geocoded: number;
  byKey: number;
  defaults: Decisions;
}

/** The user's answers, and whether references to the built-in MPSC dataset are followed. */
export interface FinalizeParams {
  decisions: Decisions;
  extendBuiltin: boolean;
}

export interface ImportMessages {
  analyse: [{ files: { name: string; blob: Blob }[]; remembered: Remembered }, DraftView];
  remap: [{ mappings: Mapping[] }, DraftView];
  finalize: [FinalizeParams, Outcome];
}

export type ImportRequest = {
  [N in keyof ImportMessages]: { id: number; name: N; params: ImportMessages[N][0] };
}[keyof ImportMessages];

export type ImportReply =
  | { id: number; type: 'progress'; phase: 'read' | 'parse' | 'locate' | 'build'; fraction: number }
  | { id: number; type: 'result'; result: DraftView | Outcome }
  | { id: number; type: 'error'; message: string };
