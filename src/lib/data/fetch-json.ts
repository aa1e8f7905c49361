import { err, ok, type LoadError, type Result } from './result';

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
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (e) {
    return err({ file, code: 'network', detail: String((e as Error)?.message ?? e) });
  }
  if (!response.ok) return err({ file, code: 'http', detail: String(response.status) });
  const text = await response.text();
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    return err({ file, code: 'json', detail: (e as Error).message });
  }
}
