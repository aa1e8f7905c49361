import { readFileSync } from 'node:fs';
import { decodeGazetteer, type Gazetteer } from '../../../src/lib/geo/gazetteer';
import type { Decisions } from '../../../src/lib/import/locate';
import {
  analyseFiles,
  defaultDecisions,
  finalizeDraft,
  type ImportFile,
  type Outcome,
} from '../../../src/lib/import/pipeline';

let gaz: Gazetteer | null = null;
export function gazetteer(): Gazetteer {
  gaz ??= decodeGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));
  return gaz;
}

export function file(name: string, content: string | Uint8Array): ImportFile {
  return { name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content };
}

/** Analyse and finalize with the default decisions (or changes to them). */
export async function runImport(
  files: ImportFile[],
  change: (d: Decisions, draft: Awaited<ReturnType<typeof analyseFiles>>) => Decisions = (d) => d,
): Promise<Outcome & { draft: Awaited<ReturnType<typeof analyseFiles>> }> {
  const draft = await analyseFiles(files, async () => gazetteer());
  const outcome = finalizeDraft(draft, change(defaultDecisions(draft), draft), gazetteer());
  return { ...outcome, draft };
}
