import { defineMessages } from '../define';

/** Browser storage: what went wrong and what to do; damaged stored records. */
export const storage = defineMessages({
  de: {
    'storage.quota':
      'Der Speicher dieses Browsers für den Atlas ist voll. Nicht mehr gebrauchte Datensätze exportieren und löschen, dann erneut versuchen.',
    'storage.unavailable':
      'Dieser Browser lässt den Atlas nichts speichern (privates Fenster oder Einstellungen). Was Sie eingeben, gilt nur bis zum Neuladen: vorher exportieren.',
    'storage.blocked':
      'Ein anderes Fenster oder ein anderer Tab mit dem Atlas hält den Speicher fest. Diesen schließen oder neu laden, dann erneut versuchen.',
    'storage.unknown':
      'Der Browser konnte nicht speichern ({detail}). Erneut versuchen oder exportieren.',
    'storage.damaged.title': 'Beschädigte gespeicherte Daten ({count})',
    'storage.damaged.intro':
      'Diese Einträge im Speicher des Browsers sind nicht lesbar und wurden beiseitegelegt. Alles andere ist geladen.',
    'storage.damaged.dataset': 'Datensatz „{name}“: {reason}',
    'storage.damaged.proposal': 'Vorschlag {key}: {reason}',
    'storage.damaged.export': 'Als JSON sichern',
    'storage.damaged.exportLabel':
      'Den beschädigten Eintrag {key} unverändert als JSON herunterladen',
    'storage.damaged.delete': 'Löschen',
    'storage.damaged.deleteLabel': 'Den beschädigten Eintrag {key} löschen',
    'storage.damaged.deleteConfirm': 'Den beschädigten Eintrag „{name}“ endgültig löschen?',
    'storage.damaged.shape': 'kein vollständiger Datensatz ({detail})',
    'storage.damaged.invalid': 'die Daten erfüllen die Regeln nicht mehr ({detail})',
  },
  en: {
    'storage.quota':
      "This browser's storage for the atlas is full. Export and delete datasets you no longer need, then try again.",
    'storage.unavailable':
      'This browser does not let the atlas store anything (private window or settings). What you enter lasts only until reload: export it first.',
    'storage.blocked':
      'Another window or tab with the atlas is holding the storage. Close or reload it, then try again.',
    'storage.unknown': 'The browser could not store this ({detail}). Try again or export.',
    'storage.damaged.title': 'Damaged stored data ({count})',
    'storage.damaged.intro':
      "These entries in the browser's storage cannot be read and were set aside. Everything else is loaded.",
    'storage.damaged.dataset': 'Dataset “{name}”: {reason}',
    'storage.damaged.proposal': 'Proposal {key}: {reason}',
    'storage.damaged.export': 'Save as JSON',
    'storage.damaged.exportLabel': 'Download the damaged entry {key} unchanged as JSON',
    'storage.damaged.delete': 'Delete',
    'storage.damaged.deleteLabel': 'Delete the damaged entry {key}',
    'storage.damaged.deleteConfirm': 'Delete the damaged entry “{name}” for good?',
    'storage.damaged.shape': 'not a complete dataset ({detail})',
    'storage.damaged.invalid': 'the data no longer meets the rules ({detail})',
  },
});
