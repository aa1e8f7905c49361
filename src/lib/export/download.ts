/**
 * Offering a file to save: no rendering, no format code, so the header's buttons can import
 * it without pulling an exporter into the start-up JavaScript.
 */

/**
 * Offers `blob` as a download named `filename` (an object URL on a temporary `<a download>`;
 * nothing leaves the browser). The URL is revoked 10 s later, when the browser has long
 * started the download.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
