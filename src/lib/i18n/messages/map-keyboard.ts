import { defineMessages } from '../define';

/** Keyboard walk over the features in view on the map (MapKeyboard.svelte). */
export const mapKeyboard = defineMessages({
  de: {
    'mapkbd.hint':
      'N / Umschalt+N: nächstes/vorheriges Objekt in der Ansicht · Enter: auswählen · Esc: Auswahl aufheben',
    'mapkbd.item': '{name} – {type} ({n} von {m})',
    'mapkbd.project': 'Modellprojekt',
    'mapkbd.none': 'Keine Objekte in der Ansicht',
  },
  en: {
    'mapkbd.hint': 'N / Shift+N: next/previous item in view · Enter: select · Esc: clear selection',
    'mapkbd.item': '{name} – {type} ({n} of {m})',
    'mapkbd.project': 'Model project',
    'mapkbd.none': 'No items in view',
  },
});
