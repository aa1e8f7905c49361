import { err, ok, type LoadError, type Result } from './result';

/**
 * Fetch a file's text. Unreachable and HTTP errors become a `LoadError` naming the file;
 * nothing throws. `file` is the name shown to the user (the data file, not the hashed asset
 * URL).
 */
export async function fetchText(
  url: string,
  file: string,
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Result<string, LoadError>> {
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (e) {
    return err({ file, code: 'network', detail: String((e as Error)?.message ?? e) });
  }
  if (!response.ok) return err({ file, code: 'http', detail: String(response.status) });
  return ok(await response.text());
}

/**
 * Fetch and parse JSON. Every failure (unreachable, HTTP status, broken JSON)
 * becomes a `LoadError` naming the file; nothing throws. `file` is the name
 * shown to the user (the data file, not the hashed asset URL).
 */
export async function fetchJson(
  url: string,
  file: string,
  fetchFn: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<Result<unknown, LoadError>> {
  const text = await fetchText(url, file, fetchFn, signal);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value) as unknown);
  } catch (e) {
    return err({ file, code: 'json', detail: (e as Error).message });
  }
}
