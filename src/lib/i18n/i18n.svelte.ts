import { createContext } from 'svelte';
import { maybeLang, translate, type Lang, type Params } from './translate';
import type { MessageKey } from './messages';

export const LANG_STORAGE_KEY = 'kooperationsatlas.lang';

/**
 * The interface language as reactive state. German is the default; the choice
 * is remembered in localStorage and mirrored to `<html lang>` so screen readers
 * pronounce the page correctly.
 */
export class I18n {
  lang: Lang = $state('de');

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = null) {
    this.lang = maybeLang(safeGet(storage, LANG_STORAGE_KEY)) ?? 'de';
  }

  /** Translate a key in the current language. Reading it inside a template tracks `lang`. */
  t = (key: MessageKey, params?: Params): string => translate(this.lang, key, params);

  /**
   * Switches the language. `persist: false` (a shared link's `lang=`) switches for this
   * visit only; the reader's own choice, made with the language switch, is remembered.
   */
  set(lang: Lang, { persist = true }: { persist?: boolean } = {}): void {
    this.lang = lang;
    if (!persist) return;
    try {
      this.storage?.setItem(LANG_STORAGE_KEY, lang);
    } catch {
      // Private mode or a full quota: the choice still holds for this session.
    }
  }
}

function safeGet(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export const [getI18n, setI18n] = createContext<I18n>();
