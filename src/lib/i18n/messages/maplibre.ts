import { defineMessages } from '../define';

/**
 * MapLibre's own UI strings (control tooltips, the canvas's name), passed as the Map's
 * `locale` option; ids as in maplibre-gl `src/ui/default_locale.ts`, prefixed `maplibre.`.
 * Only the strings of controls this app adds; the scale's units (m, km) are the same in both.
 */
export const maplibre = defineMessages({
  de: {
    'maplibre.Map.Title': 'Karte',
    'maplibre.NavigationControl.ZoomIn': 'Vergrößern',
    'maplibre.NavigationControl.ZoomOut': 'Verkleinern',
    'maplibre.NavigationControl.ResetBearing':
      'Ziehen dreht die Karte, Klick richtet sie nach Norden aus',
    'maplibre.Popup.Close': 'Schließen',
  },
  en: {
    'maplibre.Map.Title': 'Map',
    'maplibre.NavigationControl.ZoomIn': 'Zoom in',
    'maplibre.NavigationControl.ZoomOut': 'Zoom out',
    'maplibre.NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'maplibre.Popup.Close': 'Close popup',
  },
});
