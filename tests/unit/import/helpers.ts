import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { translate } from '../../../src/lib/i18n/translate';
import { loadMessages } from '../../../src/lib/i18n/messages';

import type { ImportIssue } from '../../../src/lib/import/issues';
import { decodeGazetteer, type Gazetteer } from '../../../src/lib/geo/gazetteer';
import type { Decisions } from '../../../src/lib/import/locate';
import {
  analyseFiles,
  defaultDecisions,
  finalizeDraft,
  type ImportFile,
  type Outcome,
} from '../../../src/lib/import/pipeline';

// The import's strings load with the import dialog in the app; here, with the helpers.
await loadMessages('importing', 'importIssues');

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

/** An issue's message and hint say something in both languages, every placeholder filled. */
export function expectTexts(i: ImportIssue): void {
  for (const lang of ['de', 'en'] as const)
    for (const t of [i.message, i.hint]) {
      const s = translate(lang, t.key, t.params);
      expect(s, `${t.key} (${lang})`).not.toBe(t.key);
      expect(s, `${t.key} (${lang})`).not.toMatch(/\{\w+\}/);
    }
}

/** An issue's message in a language, as the dialog shows it. */
export function issueText(i: ImportIssue, lang: 'de' | 'en'): string {
  return translate(lang, i.message.key, i.message.params);
}
