import { defineMessages } from '../define';

/** Keyboard walk over the features in view on the map (MapKeyboard.svelte). */
export const mapKeyboard = defineMessages({
  de: {
    'mapkbd.hint':
      'N / Umschalt+N: nächstes/vorheriges Objekt in der Ansicht · Enter: auswählen (Gruppe: heranzoomen) · Esc: Auswahl aufheben',
    'mapkbd.item': '{name} – {type} ({n} von {m})',
    'mapkbd.project': 'Modellprojekt',
    'mapkbd.none': 'Keine Objekte in der Ansicht',
    'mapkbd.cluster': 'Gruppe mit {count} Mitgliedern und Partnern ({n} von {m})',
  },
  en: {
    'mapkbd.hint':
      'N / Shift+N: next/previous item in view · Enter: select (group: zoom in) · Esc: clear selection',
    'mapkbd.item': '{name} – {type} ({n} of {m})',
    'mapkbd.project': 'Model project',
    'mapkbd.none': 'No items in view',
    'mapkbd.cluster': 'Group of {count} members and partners ({n} of {m})',
  },
});
