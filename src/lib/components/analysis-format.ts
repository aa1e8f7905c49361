/** Small formatters shared by the analysis components (pure). */
import type { Lang } from '../i18n/translate';

/** Kilometres: one decimal below 10 km, whole numbers above; locale decimal mark. */
export function formatKm(km: number, lang: Lang): string {
  const digits = km < 10 ? 1 : 0;
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(km);
}

/** A number in [0, 1] with two decimals. */
export function formatShare(x: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(x);
}
