/**
 * The import worker: reads files, parses, locates and builds packages off the main thread so
 * a 50 MB file does not freeze the page. Thin: it adapts messages to `pipeline.ts` and keeps
 * the current draft. Cancelling terminates the worker (see `import-client.ts`).
 */
import { loadGazetteer } from '../geo/load-gazetteer';
import type { Gazetteer } from '../geo/gazetteer';
import { MAX_FILE_BYTES } from './limits';
import type { DraftView, ImportReply, ImportRequest } from './messages';
import {
  analyseFiles,
  defaultDecisions,
  finalizeDraft,
  type Draft,
  type ImportFile,
} from './pipeline';

let draft: Draft | null = null;
let gazetteer: Gazetteer | null = null;

async function getGazetteer(): Promise<Gazetteer | null> {
  if (gazetteer) return gazetteer;
  const r = await loadGazetteer();
  gazetteer = r.ok ? r.value : null;
  return gazetteer;
}

const post = (reply: ImportReply) => (self as unknown as Worker).postMessage(reply);

function view(d: Draft): DraftView {
  const amb = d.located.ambiguous;
  return {
    name: d.name,
    files: d.files,
    issues: d.issues,
    inputRecords: d.inputRecords,
    swapped: d.located.swapped.length,
    projected: d.located.projected.length,
    crsCandidates: d.located.crsCandidates,
    declaredCrs: d.located.declaredCrs,
    ambiguous: amb.slice(0, 200).map((index) => {
      const loc = d.located.locs[index] as {
        query: string;
        candidates: DraftView['ambiguous'][0]['candidates'];
      };
      return { index, ref: d.nodes[index].ref, query: loc.query, candidates: loc.candidates };
    }),
    ambiguousTotal: amb.length,
    geocoded: d.located.geocoded,
    defaults: defaultDecisions(d),
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const req = event.data;
  try {
    if (req.name === 'analyse') {
      const files: ImportFile[] = [];
      for (const [i, f] of req.params.files.entries()) {
        post({
          id: req.id,
          type: 'progress',
          phase: 'read',
          fraction: i / req.params.files.length,
        });
        // Too large: do not even read it; the pipeline reports it from the size.
        if (f.blob.size > MAX_FILE_BYTES)
          files.push({ name: f.name, bytes: new Uint8Array(0), size: f.blob.size });
        else files.push({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) });
      }
      draft = await analyseFiles(files, getGazetteer, (phase, fraction) =>
        post({ id: req.id, type: 'progress', phase, fraction }),
      );
      post({ id: req.id, type: 'result', result: view(draft) });
    } else if (req.name === 'finalize') {
      if (!draft) throw new Error('no draft');
      post({ id: req.id, type: 'progress', phase: 'build', fraction: 0 });
      const outcome = finalizeDraft(draft, req.params.decisions, await getGazetteer());
      post({ id: req.id, type: 'result', result: outcome });
    }
  } catch (e) {
    post({ id: req.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
