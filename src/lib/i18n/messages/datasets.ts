import { defineMessages } from '../define';

/** The toolbar's dataset switcher ("Datensätze") and import button: needed at start-up. */
export const datasets = defineMessages({
  de: {
    'import.open': 'Daten importieren',
    'import.dropOverlay': 'Dateien loslassen, um sie zu importieren',
    'datasets.label': 'Datensatz',
    'datasets.builtin': 'Modellprojekte Smart Cities (eingebaut)',
    'datasets.item': '{name} ({nodes} Knoten)',
    'datasets.itemExtends': '{name} (MPSC + eigene Daten, {nodes} Knoten)',
    'datasets.delete': 'Löschen',
    'datasets.deleteLabel': 'Datensatz „{name}“ löschen',
    'datasets.deleteConfirm': 'Datensatz „{name}“ aus diesem Browser löschen?',
    'datasets.rename': 'Umbenennen',
    'datasets.renamePrompt': 'Neuer Name für „{name}“:',
    'datasets.invalid': 'Der Datensatz „{name}“ ist nicht mehr gültig und wurde nicht geladen.',
  },
  en: {
    'import.open': 'Import data',
    'import.dropOverlay': 'Release the files to import them',
    'datasets.label': 'Dataset',
    'datasets.builtin': 'Smart City model projects (built in)',
    'datasets.item': '{name} ({nodes, plural, one {# node} other {# nodes}})',
    'datasets.itemExtends':
      '{name} (MPSC + own data, {nodes, plural, one {# node} other {# nodes}})',
    'datasets.delete': 'Delete',
    'datasets.deleteLabel': 'Delete dataset “{name}”',
    'datasets.deleteConfirm': 'Delete dataset “{name}” from this browser?',
    'datasets.rename': 'Rename',
    'datasets.renamePrompt': 'New name for “{name}”:',
    'datasets.invalid': 'The dataset “{name}” is no longer valid and was not loaded.',
  },
});
