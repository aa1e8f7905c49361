import { defineMessages } from '../define';

/** The export menu in the toolbar: what each export contains, scope, counts, status. */
export const exportMenu = defineMessages({
  de: {
    'export.menu': 'Exportieren',
    'export.title': 'Exportieren',
    'export.close': 'Export-Menü schließen',
    'export.scope': 'Umfang der Daten-Exporte',
    'export.scope.view': 'Gefilterte Ansicht',
    'export.scope.all': 'Alle Daten (kein Filter aktiv)',
    'export.scope.selection': 'Nur {name} und seine Verbindungen',
    'export.counts':
      '{projects, plural, one {# Modellprojekt} other {# Modellprojekte}} · {actors, plural, one {# Akteur} other {# Akteure}} · {relations, plural, one {# Verbindung} other {# Verbindungen}} · {documents, plural, one {# Dokument} other {# Dokumente}}',
    'export.images': 'Bilder für Folien (PNG, {w} × {h} Pixel)',
    'export.map': 'Karte',
    'export.map.about':
      'Der Kartenausschnitt wie angezeigt, mit Titel, einer Legende aller Symbole auf der Karte und den Quellen.',
    'export.graph': 'Netzwerk',
    'export.legend.inPanel': '{panel}: {label}',
    'export.graph.about':
      'Das Netzwerk wie angezeigt: Zoom, angeheftete Knoten, Beschriftungen, Auswahl und Hervorhebungen, mit Legende.',
    'export.both': 'Karte und Netzwerk',
    'export.both.about': 'Beide nebeneinander, eine gemeinsame Legende aller Symbole.',
    'export.vector': 'Vektorgrafik',
    'export.svg': 'Netzwerk als SVG',
    'export.svg.about': 'Zum Bearbeiten und Drucken in jeder Größe; Namen bleiben Text.',
    'export.data': 'Daten',
    'export.csv': 'Tabelle (CSV)',
    'export.csv.about':
      '{rows} Zeilen, je Modellprojekt und Akteur: Typ, Staffel, Land, Lage, Verbindungen, Organisationsformen, Dokumente, Typ laut Workshop-Folien, Quellen.',
    'export.documentsCsv': 'Verträge und Vorlagen (CSV)',
    'export.documentsCsv.about':
      '{rows} Dokumente mit Art, Titel, Beteiligten, Modellprojekt, Jahr, Link, Quellen und Herkunft.',
    'export.geojson': 'Geodaten (GeoJSON)',
    'export.geojson.about':
      '{points} Punkte (Modellprojekte und Akteure) und {lines} Linien (Verbindungen), je mit Quellen; WGS 84.',
    'export.package': 'Datenpaket (JSON)',
    'export.package.about':
      'Der ganze aktive Datensatz „{name}“, ungefiltert: {projects} Modellprojekte, {actors} Akteure, {relations} Beziehungen, {documents} Dokumente – zum Wieder-Importieren.',
    'export.excel': 'Für deutsches Excel (Semikolon, UTF-8 mit BOM)',
    'export.print': 'Drucken (Querformat)',
    'export.printButton': 'Drucken …',
    'export.filtered': 'gefiltert',
    'export.working': 'Wird erstellt …',
    'export.done': '{what} gespeichert.',
    'export.doneRows': '{what} mit {rows, plural, one {# Zeile} other {# Zeilen}} gespeichert.',
    'export.doneGeo':
      '{what} mit {points, plural, one {# Punkt} other {# Punkten}} und {lines, plural, one {# Linie} other {# Linien}} gespeichert.',
    'export.donePng': '{what} gespeichert ({w} × {h} Pixel).',
    'export.failed': 'Export fehlgeschlagen: {reason}',
    'export.noMap': 'Die Karte ist nicht bereit.',
    'export.noData': 'Die Daten sind nicht geladen.',
    'legend.item.project': 'Modellprojekt',
    'legend.item.partner': 'Partner',
  },
  en: {
    'export.menu': 'Export',
    'export.title': 'Export',
    'export.close': 'Close the export menu',
    'export.scope': 'Scope of the data exports',
    'export.scope.view': 'Filtered view',
    'export.scope.all': 'All data (no filter set)',
    'export.scope.selection': 'Only {name} and its connections',
    'export.counts':
      '{projects, plural, one {# model project} other {# model projects}} · {actors, plural, one {# actor} other {# actors}} · {relations, plural, one {# connection} other {# connections}} · {documents, plural, one {# document} other {# documents}}',
    'export.images': 'Images for slides (PNG, {w} × {h} pixels)',
    'export.map': 'Map',
    'export.map.about':
      'The map as shown, with title, a legend of every symbol on the map, and the sources.',
    'export.graph': 'Network',
    'export.legend.inPanel': '{panel}: {label}',
    'export.graph.about':
      'The network as shown: zoom, pinned nodes, labels, selection and highlights, with a legend.',
    'export.both': 'Map and network',
    'export.both.about': 'Both side by side, one legend of every symbol.',
    'export.vector': 'Vector graphic',
    'export.svg': 'Network as SVG',
    'export.svg.about': 'To edit and print at any size; names stay text.',
    'export.data': 'Data',
    'export.csv': 'Table (CSV)',
    'export.csv.about':
      '{rows} rows, one per model project and actor: type, call, state, position, connections, organisational forms, documents, type in the workshop slides, sources.',
    'export.documentsCsv': 'Contracts and templates (CSV)',
    'export.documentsCsv.about':
      '{rows} documents with kind, title, parties, model project, year, link, sources and provenance.',
    'export.geojson': 'Geodata (GeoJSON)',
    'export.geojson.about':
      '{points} points (model projects and actors) and {lines} lines (connections), each with sources; WGS 84.',
    'export.package': 'Data package (JSON)',
    'export.package.about':
      'The whole active dataset “{name}”, unfiltered: {projects} model projects, {actors} actors, {relations} relations, {documents} documents – to import again.',
    'export.excel': 'For German Excel (semicolon, UTF-8 with BOM)',
    'export.print': 'Print (landscape)',
    'export.printButton': 'Print …',
    'export.filtered': 'filtered',
    'export.working': 'Creating …',
    'export.done': '{what} saved.',
    'export.doneRows': '{what} with {rows, plural, one {# row} other {# rows}} saved.',
    'export.doneGeo':
      '{what} with {points, plural, one {# point} other {# points}} and {lines, plural, one {# line} other {# lines}} saved.',
    'export.donePng': '{what} saved ({w} × {h} pixels).',
    'export.failed': 'Export failed: {reason}',
    'export.noMap': 'The map is not ready.',
    'export.noData': 'The data is not loaded.',
    'legend.item.project': 'Model project',
    'legend.item.partner': 'Partner',
  },
});
