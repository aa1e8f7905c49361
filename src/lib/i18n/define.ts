/**
 * A message bundle: the same keys in German and English. `NoInfer` makes the
 * compiler check the English table against the German one, so a key missing
 * in either language is a type error (and a unit test checks it at run time).
 * Placeholders are written `{name}` and filled by `translate`.
 */
export interface Bundle<K extends string> {
  de: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}

export function defineMessages<K extends string>(bundle: Bundle<K>): Bundle<K> {
  return bundle;
}
