/**
 * The import worker: reads files, maps, locates and builds packages off the main thread so a
 * 50 MB file does not freeze the page. Thin: it adapts messages to `pipeline.ts` and keeps the
 * files read and the current draft. Cancelling terminates the worker (see `import-client.ts`).
 */
import { loadDataset } from '../data/load-dataset';
import type { DataPackage } from '../data/types';
import type { Gazetteer } from '../geo/gazetteer';
import { loadGazetteer } from '../geo/load-gazetteer';
import { MAX_FILE_BYTES } from './limits';
import { PREVIEW_ROWS, type DraftView, type ImportReply, type ImportRequest } from './messages';
import { packageOfDataset } from './package';
import {
  defaultDecisions,
  finalizeDraft,
  mapAndLocate,
  readFiles,
  type Draft,
  type ImportFile,
  type ReadResult,
} from './pipeline';
import { headerSignature } from './sheet';
import { cleanText } from './text';

let read: ReadResult | null = null;
let draft: Draft | null = null;
let gazetteer: Gazetteer | null = null;
let builtin: DataPackage | null = null;

async function getGazetteer(): Promise<Gazetteer | null> {
  if (gazetteer) return gazetteer;
  const r = await loadGazetteer();
  gazetteer = r.ok ? r.value : null;
  return gazetteer;
}

/** The built-in MPSC dataset, for references to its projects and actors. */
async function getBuiltin(): Promise<DataPackage | null> {
  if (builtin) return builtin;
  const r = await loadDataset();
  builtin = r.ok ? packageOfDataset(r.dataset) : null;
  return builtin;
}

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

function view(d: Draft): DraftView {
  const amb = d.located.ambiguous;
  return {
    name: d.name,
    files: d.files,
    sheets: d.sheets.map((s, i) => ({
      file: s.file,
      ...(s.sheet ? { sheet: s.sheet } : {}),
      format: s.format,
      fixedRole: s.role !== undefined,
      columns: s.columns.map((c) => cleanText(c.label).text),
      // As the import will read them (text.ts): no invisible or direction characters shown.
      rows: s.rows
        .slice(0, PREVIEW_ROWS)
        .map((r) => r.cells.map((c) => cleanText(c.slice(0, 200)).text)),
      rowCount: s.rows.length,
      geometry: s.rows.some((r) => r.geometry),
      signature: headerSignature(s),
      mapping: d.mappings[i],
      guess: d.guesses[i],
      remembered: d.remembered[i],
    })),
    issues: d.issues,
    inputRecords: d.inputRecords,
    swapped: d.located.swapped.length,
    projected: d.located.projected.length,
    declared: d.located.declared,
    crsCandidates: d.located.crsCandidates,
    ambiguous: amb.slice(0, 200).map((index) => {
      const loc = d.located.locs[index] as {
        query: string;
        candidates: DraftView['ambiguous'][0]['candidates'];
      };
      return { index, ref: d.nodes[index].ref, query: loc.query, candidates: loc.candidates };
    }),
    ambiguousTotal: amb.length,
    geocoded: d.located.geocoded,
    byKey: d.located.byKey,
    defaults: defaultDecisions(d),
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const req = event.data;
  const progress = (phase: 'read' | 'parse' | 'locate' | 'build', fraction: number) =>
    post({ id: req.id, type: 'progress', phase, fraction });
  try {
    if (req.name === 'analyse') {
      const files: ImportFile[] = [];
      for (const [i, f] of req.params.files.entries()) {
        progress('read', i / req.params.files.length);
        // Too large: do not even read it; the reader reports it from the size.
        if (f.blob.size > MAX_FILE_BYTES)
          files.push({ name: f.name, bytes: new Uint8Array(0), size: f.blob.size });
        else files.push({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) });
      }
      read = await readFiles(files, progress);
      draft = await mapAndLocate(read, getGazetteer, {
        remembered: req.params.remembered,
        onProgress: progress,
      });
      post({ id: req.id, type: 'result', result: view(draft) });
    } else if (req.name === 'remap') {
      if (!read) throw new Error('no files read');
      draft = await mapAndLocate(read, getGazetteer, {
        mappings: req.params.mappings,
        onProgress: progress,
      });
      post({ id: req.id, type: 'result', result: view(draft) });
    } else if (req.name === 'finalize') {
      if (!draft) throw new Error('no draft');
      progress('build', 0);
      const base = req.params.extendBuiltin ? await getBuiltin() : null;
      const outcome = finalizeDraft(draft, req.params.decisions, await getGazetteer(), base);
      post({ id: req.id, type: 'result', result: outcome });
    }
  } catch (e) {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
