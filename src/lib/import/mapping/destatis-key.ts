/**
 * Destatis' GV-ISys tables give the Amtlicher Regionalschlüssel in separate columns (`Land`,
 * `RB`, `Kreis`, `VB`, `Gem`); this composes the key a row stands for. `official-keys.ts`
 * then reads it like any key.
 */
import { keyDigits } from '../../geo/official-keys';

/**
 * Compose a key from the separate key columns of a row. Parts that are present are
 * zero-padded to their width; the key ends at the first missing part (a Kreis row has no
 * `Gem`). Without a `VB` column the result is an 8-digit AGS. Returns '' when there is no Land
 * or a part is wider than its width.
 * @param parts the cells of each part column (strings or numbers), in ARS order
 * @returns '05' (Land), '059' (RB), '05958' (Kreis), '05958004' (AGS) or '059580004004' (ARS)
 */
export function composeKey(parts: {
  land?: string | number;
  rb?: string | number;
  kreis?: string | number;
  vb?: string | number;
  gem?: string | number;
}): string {
  const width: [keyof typeof parts, number][] = [
    ['land', 2],
    ['rb', 1],
    ['kreis', 2],
    ['vb', 4],
    ['gem', 3],
  ];
  let out = '';
  let vbMissing = false;
  for (const [name, w] of width) {
    const d = keyDigits(parts[name]);
    if (!d) {
      if (name === 'vb') {
        vbMissing = true;
        continue;
      }
      break;
    }
    if (d.length > w) return '';
    if (name === 'gem' && vbMissing) return out + d.padStart(w, '0');
    out += d.padStart(w, '0');
  }
  return out;
}
