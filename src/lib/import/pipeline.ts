/**
 * The import pipeline, run in the import worker (`import.worker.ts`) and directly in unit tests:
 *
 *   files ─ readers/ ─→ sheets ─ mapping/ (guess or the user's choice) ─→ records
 *         ─ locate ─→ Draft (positions, questions)
 *   Draft + Decisions ─ build/ ─→ Outcome (a package checked by parseDataPackage, and issues)
 *
 * Pure apart from reading XLSX (async) and loading the gazetteer (passed in).
 */
import { pushAll } from '../util/arrays';
import type { DataPackage } from '../data/types';
import type { Gazetteer } from '../geo/gazetteer';
import { buildPackage, type BuildInput } from './build';
import type { ImportIssue, SourceRef } from './issues';
import { locateRecords, needsGazetteer, type Decisions, type Located } from './locate';
import { applyMapping } from './mapping/apply';
import { guessMapping, type Guess, type Mapping } from './mapping/guess';
import { readFile, type FileSummary, type ImportFile } from './readers';
import { detectFormat as detect } from './readers/detect';
import type { EdgeRecord, NodeRecord } from './records';
import { headerSignature, type FileFormat, type Sheet } from './sheet';

export type { FileSummary, ImportFile };

/** The format a file is read as (for tests and the dialog's summary). */
export function detectFormat(name: string, bytes: Uint8Array): FileFormat {
  return detect(name, bytes).format;
}

/** What stage 1 read from all files. */
export interface ReadResult {
  name: string;
  files: FileSummary[];
  sheets: Sheet[];
  bundles: BuildInput['bundles'];
  issues: ImportIssue[];
  inputRecords: number;
}

export interface Draft extends ReadResult {
  /** The mapping used for each sheet (the guess, or what the user chose). */
  mappings: Mapping[];
  /** The guess for each sheet, with the name columns to ask about. */
  guesses: Guess[];
  /** Which sheets use a mapping remembered from an earlier import. */
  remembered: boolean[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  located: Located;
}

export interface Outcome {
  data: DataPackage | null;
  issues: ImportIssue[];
  counts: {
    projects: number;
    actors: number;
    relations: number;
    documents: number;
    networks: number;
    solutions: number;
  };
  /** Where each imported project and actor came from (file and row or feature). */
  importedRefs: SourceRef[];
  /** Errors: rows or records not imported. */
  rejected: number;
  inputRecords: number;
  /** The package is the built-in MPSC dataset extended by the imported records. */
  extendsBuiltin: boolean;
}

export type Progress = (phase: 'read' | 'parse' | 'locate', fraction: number) => void;

/** Mappings the user chose before, by header signature (see `headerSignature`). */
export type Remembered = Readonly<Record<string, Mapping>>;

/** Stage 1: read every file. Never throws for bad input. */
export async function readFiles(
  files: readonly ImportFile[],
  onProgress?: Progress,
): Promise<ReadResult> {
  const out: ReadResult = {
    name: '',
    files: [],
    sheets: [],
    bundles: [],
    issues: [],
    inputRecords: 0,
  };
  let name: string | undefined;
  for (const [i, f] of files.entries()) {
    onProgress?.('parse', i / files.length);
    const r = await readFile(f);
    out.files.push(r.summary);
    pushAll(out.sheets, r.sheets);
    pushAll(out.issues, r.issues);
    if (r.bundle) {
      out.bundles = [...out.bundles, { file: f.name, raw: r.bundle.raw }];
      name ??= r.bundle.name;
    }
  }
  onProgress?.('parse', 1);
  out.name = name ?? files[0]?.name.replace(/\.[^.]+$/, '') ?? 'Import';
  out.inputRecords = out.files.reduce((n, s) => n + s.records, 0);
  return out;
}

/** The mapping for a sheet: the remembered one when it fits its columns, else the guess. */
export function mappingFor(sheet: Sheet, guess: Guess, remembered: Remembered = {}): Mapping {
  const r = Object.hasOwn(remembered, headerSignature(sheet))
    ? remembered[headerSignature(sheet)]
    : undefined;
  return r && r.fields.length === sheet.columns.length
    ? { role: r.role, fields: [...r.fields] }
    : { role: guess.role, fields: guess.fields };
}

/** Stages 2 and 3: map the sheets (guessed, remembered or given mappings) and locate the records. */
export async function mapAndLocate(
  read: ReadResult,
  getGazetteer: () => Promise<Gazetteer | null>,
  options: {
    remembered?: Remembered;
    mappings?: readonly (Mapping | undefined)[];
    onProgress?: Progress;
  } = {},
): Promise<Draft> {
  const guesses = read.sheets.map((s) => guessMapping(s));
  // A given mapping without fields asks for the guess in its role (the user switched the role).
  const mappings = read.sheets.map((s, i) => {
    const given = options.mappings?.[i];
    if (!given) return mappingFor(s, guesses[i], options.remembered);
    if (given.fields.length === 0) {
      const g = guessMapping(s, given.role);
      return { role: g.role, fields: g.fields };
    }
    return given;
  });
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const issues: ImportIssue[] = [...read.issues];
  read.sheets.forEach((s, i) => {
    const r = applyMapping(s, mappings[i]);
    pushAll(nodes, r.nodes);
    pushAll(edges, r.edges);
    pushAll(issues, r.issues);
  });
  options.onProgress?.('locate', 0);
  const gazetteer = needsGazetteer(nodes) ? await getGazetteer() : null;
  const located = locateRecords(nodes, gazetteer);
  options.onProgress?.('locate', 1);
  const remembered = read.sheets.map(
    (s, i) =>
      !options.mappings?.[i] &&
      Object.hasOwn(options.remembered ?? {}, headerSignature(s)) &&
      mappings[i] !== undefined,
  );
  return {
    ...read,
    guesses,
    mappings,
    remembered,
    nodes,
    edges,
    located,
    issues: [...issues, ...located.issues],
  };
}

/**
 * Read, map and locate files, listing the questions for the user. Never throws for bad input.
 * @param getGazetteer called only when a row needs it
 */
export async function analyseFiles(
  files: readonly ImportFile[],
  getGazetteer: () => Promise<Gazetteer | null>,
  onProgress?: Progress,
  remembered?: Remembered,
): Promise<Draft> {
  const read = await readFiles(files, onProgress);
  return mapAndLocate(read, getGazetteer, { remembered, onProgress });
}

/**
 * Defaults for the questions: swap; the one fitting system, or the one the rows' names confirm
 * while no other does; otherwise none (the dialog asks). No ambiguous place chosen.
 */
export function defaultDecisions(draft: Pick<Draft, 'located'>): Decisions {
  const c = draft.located.crsCandidates;
  const [best, ...rest] = c;
  const confirmed = best && best.nameMatches > 0 && rest.every((r) => r.nameMatches === 0);
  return { swap: true, crs: c.length === 1 || confirmed ? best.crs : null, choices: {} };
}

/** Apply the user's decisions and build the package. Pure and total. */
export function finalizeDraft(
  draft: Draft,
  decisions: Decisions,
  gazetteer: Gazetteer | null,
  base: DataPackage | null = null,
): Outcome {
  const built = buildPackage(draft, decisions, gazetteer, base);
  const placed = new Set(built.byConnections.map((r) => `${r.file}|${r.row}|${r.feature}`));
  const stillApplies = (i: ImportIssue) =>
    !(
      i.code === 'geocode-none' &&
      i.severity === 'error' &&
      placed.has(`${i.file}|${i.row}|${i.feature}`)
    );
  const issues = [...draft.issues.filter(stillApplies), ...built.issues];
  return {
    data: built.data,
    issues,
    counts: built.counts,
    importedRefs: built.importedRefs,
    rejected: issues.filter((i) => i.severity === 'error').length,
    inputRecords: draft.inputRecords,
    extendsBuiltin: built.extendsBuiltin,
  };
}
