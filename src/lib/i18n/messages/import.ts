import { defineMessages } from '../define';

/**
 * The import dialog: the user's own data, templates, questions and results. Loads with the
 * dialog (`loadMessages`), not at start-up; the toolbar's strings are in `datasets.ts`.
 */
export const importing = defineMessages({
  de: {
    'import.title': 'Eigene Daten importieren',
    'import.close': 'Schließen',
    'import.intro':
      'Tabellen (CSV, XLSX, ODS), Karten (GeoJSON, KML/KMZ, GPX, Shapefile als ZIP), Netzwerke (GEXF, GraphML) oder ein Datenpaket des Atlas. Die Dateien werden nur in diesem Browser gelesen und gespeichert, nichts wird hochgeladen.',
    'import.drop': 'Dateien hierher ziehen oder',
    'import.pick': 'Dateien auswählen',
    'import.templates': 'Vorlagen',
    'import.template.nodes': 'Knoten (CSV)',
    'import.template.edges': 'Kanten (CSV)',
    'import.template.xlsx': 'Arbeitsmappe (XLSX)',
    'import.formatDoc':
      'Spalten: name, kind (Projekt oder Akteurstyp), lat, lon oder ort/land/ags; Kanten: source, target, kind.',
    'import.progress': 'Fortschritt',
    'import.phase.read': 'Lesen …',
    'import.phase.parse': 'Auswerten …',
    'import.phase.locate': 'Orte bestimmen …',
    'import.phase.build': 'Prüfen …',
    'import.cancel': 'Abbrechen',
    'import.cancelled': 'Import abgebrochen.',
    'import.failed': 'Der Import ist fehlgeschlagen: {reason}',
    'import.notSaved':
      'Der Datensatz wurde nicht gespeichert; die Prüfung bleibt offen, nichts ist verloren. {reason}',
    'import.files': 'Gelesene Dateien',
    'import.file.summary':
      '{name}: {format}, {records, plural, one {# Zeile/Feature} other {# Zeilen/Features}}',
    'import.questions': 'Rückfragen',
    'import.swap':
      '{count, plural, one {# Zeile} other {# Zeilen}} mit vertauschter Länge/Breite tauschen',
    'import.crs':
      '{count, plural, one {# Zeile hat} other {# Zeilen haben}} projizierte Koordinaten (Meter). Umrechnen aus:',
    'import.crs.none': 'Nicht umrechnen (Zeilen auslassen)',
    'import.crs.fit':
      '{inside} von {total, plural, one {# Punkt} other {# Punkten}} in Deutschland',
    'import.ambiguous':
      '{count, plural, one {# Name passt} other {# Namen passen}} auf mehrere Orte. Bitte wählen:',
    'import.ambiguous.more':
      'Weitere {count, plural, one {# mehrdeutige Zeile wird} other {# mehrdeutige Zeilen werden}} ohne Auswahl ausgelassen.',
    'import.ambiguous.skip': '– auslassen –',
    'import.ambiguous.label': '„{query}“ ({file}, {where})',
    'import.geocoded':
      '{count, plural, one {# Zeile ohne Koordinaten wurde} other {# Zeilen ohne Koordinaten wurden}} über das Ortsverzeichnis verortet.',
    'import.issues':
      'Probleme ({errors} Fehler, {warnings, plural, one {# Hinweis} other {# Hinweise}})',
    'import.issues.none': 'Keine Probleme gefunden.',
    'import.col.severity': 'Art',
    'import.col.file': 'Datei',
    'import.col.where': 'Zeile/Feature',
    'import.col.field': 'Feld',
    'import.col.problem': 'Problem',
    'import.col.hint': 'Hinweis',
    'import.severity.error': 'Fehler',
    'import.severity.warning': 'Hinweis',
    'import.row': 'Zeile {row}',
    'import.issues.more': '… und {count} weitere.',
    'import.result':
      '{nodes} Knoten und {relations, plural, one {# Verbindung} other {# Verbindungen}} sind gültig; {errors, plural, one {# Zeile/Datensatz wird} other {# Zeilen/Datensätze werden}} nicht übernommen.',
    'import.result.none': 'Nichts Gültiges gefunden. Bitte die Fehler oben beheben.',
    'import.name': 'Name des Datensatzes',
    'import.confirm':
      '{count, plural, one {# gültigen Knoten} other {# gültige Knoten}} importieren',
    'import.confirm.partial':
      'Trotz {errors, plural, one {# Fehler} other {# Fehlern}} {count, plural, one {den # gültigen Knoten} other {die # gültigen Knoten}} importieren',
    'import.saved': 'Datensatz „{name}“ gespeichert und angezeigt.',
    'import.saving': 'Wird gespeichert …',
    'import.notPersistent':
      'Dieser Browser erlaubt keine dauerhafte Speicherung; der Datensatz gilt nur bis zum Schließen.',
    'import.again': 'Andere Dateien wählen',
    'import.preview': 'Spalten-Vorschau',
    'import.preview.intro':
      'Über jeder Spalte steht, als was sie gelesen wird. Stimmt etwas nicht, hier ändern; die Auswahl gilt beim nächsten Mal für Dateien mit denselben Spalten.',
    'import.preview.caption': '{count} Zeilen, die ersten {shown} gezeigt',
    'import.preview.role': 'Die Zeilen sind',
    'import.preview.columnAs': 'Spalte „{column}“ lesen als',
    'import.preview.geometry': 'Die Position kommt aus der Geometrie der Datei.',
    'import.preview.remembered': 'Spaltenzuordnung wie beim letzten Import dieser Spalten.',
    'import.role.nodes': 'Knoten (Projekte und Akteure)',
    'import.role.edges': 'Verbindungen',
    'import.name.question': 'Welche Spalte enthält den Namen? Mehrere kommen in Frage:',
    'import.name.example': '„{column}“ (z. B. {example})',
    'import.field.none': '– nicht verwendet –',
    'import.field.id': 'ID',
    'import.field.name': 'Name',
    'import.field.kind': 'Art (Projekt oder Akteur)',
    'import.field.edgeKind': 'Art der Verbindung',
    'import.field.type': 'Typ',
    'import.field.lat': 'Breitengrad',
    'import.field.lon': 'Längengrad',
    'import.field.wkt': 'Geometrie (WKT oder GeoJSON)',
    'import.field.coords': 'Koordinaten (Breite, Länge)',
    'import.field.place': 'Ort',
    'import.field.land': 'Land',
    'import.field.key': 'Amtlicher Schlüssel (AGS, ARS, Kreis)',
    'import.field.keyLand': 'Schlüssel: Land',
    'import.field.keyRb': 'Schlüssel: Regierungsbezirk',
    'import.field.keyKreis': 'Schlüssel: Kreis',
    'import.field.keyVb': 'Schlüssel: Gemeindeverband',
    'import.field.keyGem': 'Schlüssel: Gemeinde',
    'import.field.recordType': 'Satzart (Destatis)',
    'import.field.staffel': 'Förderjahr / Staffel',
    'import.field.category': 'Kategorie',
    'import.field.project': 'Projekt (gehört zu)',
    'import.field.relation': 'Art der Beziehung zum Projekt',
    'import.field.role': 'Rolle',
    'import.field.linked': 'Verbunden mit',
    'import.field.url': 'Quelle (Link)',
    'import.field.notes': 'Notizen',
    'import.field.altNames': 'Andere Namen',
    'import.field.source': 'Von',
    'import.field.target': 'Nach',
    'import.crs.declared':
      '{count} Zeilen wurden aus dem Bezugssystem umgerechnet, das die Datei angibt.',
    'import.crs.ask':
      '{count} Zeilen haben Koordinaten in Metern ohne Angabe des Bezugssystems. Mehrere Systeme passen; bitte wählen, wo die Punkte liegen:',
    'import.crs.one':
      '{count} Zeilen haben Koordinaten in Metern ohne Angabe des Bezugssystems; sie passen zu:',
    'import.crs.lands': 'Punkte landen bei {places}',
    'import.crs.names': '{matches} von {named} Namen passen dorthin',
    'import.byKey': '{count} Zeilen wurden über ihren amtlichen Schlüssel verortet.',
    'import.extend':
      'Verbindungen zu Projekten und Akteuren des eingebauten MPSC-Datensatzes übernehmen (der neue Datensatz erweitert dann den eingebauten)',
    'import.extends':
      'Dieser Datensatz erweitert den eingebauten MPSC-Datensatz um {nodes} Knoten und {relations} Verbindungen.',
    'import.counts':
      'Gelesen: {read} Zeilen/Elemente · importiert: {imported} · ausgelassen: {skipped}',
  },
  en: {
    'import.title': 'Import your own data',
    'import.close': 'Close',
    'import.intro':
      'Tables (CSV, XLSX, ODS), maps (GeoJSON, KML/KMZ, GPX, Shapefile as ZIP), networks (GEXF, GraphML) or an atlas data package. Files are read and stored in this browser only; nothing is uploaded.',
    'import.drop': 'Drop files here or',
    'import.pick': 'choose files',
    'import.templates': 'Templates',
    'import.template.nodes': 'Nodes (CSV)',
    'import.template.edges': 'Edges (CSV)',
    'import.template.xlsx': 'Workbook (XLSX)',
    'import.formatDoc':
      'Columns: name, kind (project or actor type), lat, lon or place/land/key; edges: source, target, kind.',
    'import.progress': 'Progress',
    'import.phase.read': 'Reading …',
    'import.phase.parse': 'Parsing …',
    'import.phase.locate': 'Locating places …',
    'import.phase.build': 'Checking …',
    'import.cancel': 'Cancel',
    'import.cancelled': 'Import cancelled.',
    'import.failed': 'The import failed: {reason}',
    'import.notSaved':
      'The dataset was not saved; the review stays open, nothing is lost. {reason}',
    'import.files': 'Files read',
    'import.file.summary':
      '{name}: {format}, {records, plural, one {# row/feature} other {# rows/features}}',
    'import.questions': 'Questions',
    'import.swap':
      'Swap longitude/latitude in {count, plural, one {# row} other {# rows}} where they are swapped',
    'import.crs':
      '{count, plural, one {# row has} other {# rows have}} projected coordinates (metres). Reproject from:',
    'import.crs.none': 'Do not reproject (leave the rows out)',
    'import.crs.fit': '{inside} of {total, plural, one {# point} other {# points}} in Germany',
    'import.ambiguous':
      '{count, plural, one {# name matches} other {# names match}} several places. Please choose:',
    'import.ambiguous.more':
      '{count, plural, one {# more ambiguous row is} other {# more ambiguous rows are}} left out without a choice.',
    'import.ambiguous.skip': '– leave out –',
    'import.ambiguous.label': '“{query}” ({file}, {where})',
    'import.geocoded':
      '{count, plural, one {# row without coordinates was} other {# rows without coordinates were}} located with the gazetteer.',
    'import.issues':
      'Problems ({errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# note} other {# notes}})',
    'import.issues.none': 'No problems found.',
    'import.col.severity': 'Kind',
    'import.col.file': 'File',
    'import.col.where': 'Row/feature',
    'import.col.field': 'Field',
    'import.col.problem': 'Problem',
    'import.col.hint': 'Hint',
    'import.severity.error': 'Error',
    'import.severity.warning': 'Note',
    'import.row': 'Row {row}',
    'import.issues.more': '… and {count} more.',
    'import.result':
      '{nodes, plural, one {# node} other {# nodes}} and {relations, plural, one {# connection} other {# connections}} are valid; {errors, plural, one {# row/record is} other {# rows/records are}} left out.',
    'import.result.none': 'Nothing valid found. Please fix the errors above.',
    'import.name': 'Dataset name',
    'import.confirm': 'Import {count, plural, one {# valid node} other {# valid nodes}}',
    'import.confirm.partial':
      'Import {count, plural, one {the # valid node} other {the # valid nodes}} despite {errors, plural, one {# error} other {# errors}}',
    'import.saved': 'Dataset “{name}” saved and shown.',
    'import.saving': 'Saving …',
    'import.notPersistent':
      'This browser does not allow lasting storage; the dataset lasts until it is closed.',
    'import.again': 'Choose other files',
    'import.preview': 'Column preview',
    'import.preview.intro':
      'Above each column: what it is read as. Change it here if it is wrong; the choice is kept for files with the same columns next time.',
    'import.preview.caption': '{count} rows, the first {shown} shown',
    'import.preview.role': 'The rows are',
    'import.preview.columnAs': 'Read column “{column}” as',
    'import.preview.geometry': 'The position comes from the file’s geometry.',
    'import.preview.remembered': 'Columns read as at the last import of these columns.',
    'import.role.nodes': 'Nodes (projects and actors)',
    'import.role.edges': 'Connections',
    'import.name.question': 'Which column holds the name? Several could:',
    'import.name.example': '“{column}” (e.g. {example})',
    'import.field.none': '– not used –',
    'import.field.id': 'Id',
    'import.field.name': 'Name',
    'import.field.kind': 'Kind (project or actor)',
    'import.field.edgeKind': 'Kind of connection',
    'import.field.type': 'Type',
    'import.field.lat': 'Latitude',
    'import.field.lon': 'Longitude',
    'import.field.wkt': 'Geometry (WKT or GeoJSON)',
    'import.field.coords': 'Coordinates (latitude, longitude)',
    'import.field.place': 'Place',
    'import.field.land': 'Land (state)',
    'import.field.key': 'Official key (AGS, ARS, district)',
    'import.field.keyLand': 'Key: Land',
    'import.field.keyRb': 'Key: Regierungsbezirk',
    'import.field.keyKreis': 'Key: district',
    'import.field.keyVb': 'Key: municipal association',
    'import.field.keyGem': 'Key: municipality',
    'import.field.recordType': 'Record type (Destatis Satzart)',
    'import.field.staffel': 'Call year',
    'import.field.category': 'Category',
    'import.field.project': 'Project (belongs to)',
    'import.field.relation': 'Kind of relation to the project',
    'import.field.role': 'Role',
    'import.field.linked': 'Connected to',
    'import.field.url': 'Source (link)',
    'import.field.notes': 'Notes',
    'import.field.altNames': 'Other names',
    'import.field.source': 'From',
    'import.field.target': 'To',
    'import.crs.declared':
      '{count} rows were converted from the reference system the file declares.',
    'import.crs.ask':
      '{count} rows have coordinates in metres with no declared reference system. Several systems fit; please choose where the points are:',
    'import.crs.one':
      '{count} rows have coordinates in metres with no declared reference system; they fit:',
    'import.crs.lands': 'points land near {places}',
    'import.crs.names': '{matches} of {named} names fit there',
    'import.byKey': '{count} rows were located by their official key.',
    'import.extend':
      'Keep connections to projects and actors of the built-in MPSC dataset (the new dataset then extends the built-in one)',
    'import.extends':
      'This dataset extends the built-in MPSC dataset by {nodes} nodes and {relations} connections.',
    'import.counts': 'Read: {read} rows/elements · imported: {imported} · left out: {skipped}',
  },
});
