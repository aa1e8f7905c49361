/**
 * The one rule for links, used by every reader (CSV, XLSX, GeoJSON, data package, proposals):
 * an absolute `http` or `https` URL as the WHATWG URL parser reads it, with a host, without
 * user name or password (`https://bamberg.de@evil.example` shows one host and opens another),
 * and without whitespace, control, direction or invisible characters (which make the visible
 * text differ from the target). Scheme and host are case-insensitive (RFC 3986 §3.1, §3.2.2)
 * and are written in lower case; path, query and fragment are kept as they are, so a link the
 * app wrote comes back byte for byte.
 *
 * @see https://url.spec.whatwg.org/#concept-basic-url-parser
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2.1
 */

/** Characters never allowed in a link: whitespace, C0/C1 controls, bidi and invisible marks. */
// eslint-disable-next-line no-control-regex -- control characters are what this rejects
const FORBIDDEN = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff<>"`\\]/u;

/** The scheme and authority of an http(s) URL, case-insensitive. */
const HEAD = /^(https?):\/\/([^/?#]*)/i;

/**
 * Normalise a link, or refuse it.
 * @param raw the link as written (`HTTPS://WWW.Bamberg.DE/Rathaus`)
 * @returns the link with scheme and host in lower case (`https://www.bamberg.de/Rathaus`), or
 *   null when it is not an http(s) URL by the rule above
 */
export function normalizeHttpUrl(raw: string): string | null {
  if (typeof raw !== 'string' || FORBIDDEN.test(raw)) return null;
  const head = HEAD.exec(raw);
  // The host as written: WHATWG reads `https:///x` as host `x`, which the text does not show.
  if (!head || !head[2]) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  if (url.username || url.password || head[2].includes('@')) return null;
  return `${head[1].toLowerCase()}://${head[2].toLowerCase()}${raw.slice(head[0].length)}`;
}

/** Whether `raw` is a link by the rule of {@link normalizeHttpUrl}. */
export function isHttpUrl(raw: string): boolean {
  return normalizeHttpUrl(raw) !== null;
}

/**
 * The same rule as a JSON Schema `pattern` (no flags there), for the documented schema: the
 * runtime check is {@link normalizeHttpUrl}.
 */
export const HTTP_URL_PATTERN = /^[hH][tT][tT][pP][sS]?:\/\/\S+$/;

/**
 * The visible text of a link: the URL without its scheme, its host as the browser will reach
 * it. A host in Latin script is shown as written; any other (Cyrillic, Greek … where look-alikes
 * of Latin letters live) is shown in its ASCII (Punycode) form, as browsers do for mixed-script
 * hosts, so the text cannot pass for another site.
 * @param url a link accepted by {@link normalizeHttpUrl}
 * @param withScheme keep `https://` in front
 */
export function linkLabel(url: string, withScheme = false): string {
  const head = HEAD.exec(url);
  if (!head) return url;
  let host = head[2].toLowerCase();
  if (!/^[\p{Script=Latin}\p{Nd}.:[\]-]*$/u.test(host)) {
    try {
      host = new URL(url).host;
    } catch {
      return url;
    }
  }
  return `${withScheme ? `${head[1].toLowerCase()}://` : ''}${host}${url.slice(head[0].length)}`;
}
