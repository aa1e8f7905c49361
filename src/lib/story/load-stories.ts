/**
 * The stories shipped in `data/stories/*.json`: every file there is bundled as
 * an asset (so it is precached for offline use) and listed here, fetched on
 * demand and validated against the loaded dataset.
 */
import { fetchJson } from '../data/fetch-json';
import { checkStory, type CheckOptions, type StoryCheck } from './schema';

const urls = import.meta.glob('../../../data/stories/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Shipped story files: `data/stories/<name>.json` → asset URL, sorted by name. */
export const SHIPPED_STORIES: readonly { file: string; url: string }[] = Object.entries(urls)
  .map(([path, url]) => ({ file: `data/stories/${path.split('/').pop()}`, url }))
  .sort((a, b) => a.file.localeCompare(b.file));

/** The default workshop story (its file is named after its id). */
export const DEFAULT_STORY_ID = 'interkommunale-kooperation';
export const DEFAULT_STORY_FILE = `data/stories/${DEFAULT_STORY_ID}.json`;

export async function loadShippedStory(
  file: string,
  opts: CheckOptions,
  fetchFn: typeof fetch = fetch,
): Promise<StoryCheck> {
  const entry = SHIPPED_STORIES.find((s) => s.file === file);
  if (!entry)
    return {
      story: null,
      droppedSteps: [],
      problems: [
        { step: null, field: '(file)', message: { de: `${file} fehlt`, en: `${file} is missing` } },
      ],
    };
  const r = await fetchJson(entry.url, file, fetchFn);
  if (!r.ok)
    return {
      story: null,
      droppedSteps: [],
      problems: [
        {
          step: null,
          field: '(file)',
          message: { de: `${file}: ${r.error.code}`, en: `${file}: ${r.error.code}` },
        },
      ],
    };
  return checkStory(r.value, opts);
}
