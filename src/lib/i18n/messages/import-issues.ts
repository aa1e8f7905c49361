import { defineMessages } from '../define';

/**
 * Problems found while importing (issue texts and hints), keyed like the rest of the UI. The
 * import worker sends a key and its parameters; the dialog says it in the current language.
 * Where a row, feature or field is meant, the issue names it in its own columns.
 */
export const importIssues = defineMessages({
  de: {
    // Files and formats
    'issue.file.empty': 'Die Datei ist leer.',
    'hint.file.empty': 'Eine Datei mit Inhalt wählen.',
    'issue.file.noRows': 'Die Datei enthält keine Zeilen.',
    'issue.format.unknown': 'Das Dateiformat wird nicht erkannt (Binärdatei).',
    'issue.format.unsupported': 'Dieses Format wird nicht geöffnet: {what}.',
    'hint.format.supported':
      'Geöffnet werden: CSV/TSV/TXT, XLSX, ODS, GeoJSON (auch zeilenweise), KML/KMZ, GPX-Wegpunkte, GEXF, GraphML, Kumu-JSON, Shapefile (als ZIP mit .shp, .dbf, .prj) und das Datenpaket des Atlas (JSON). In GIS-Programmen als GeoJSON oder Shapefile exportieren.',
    'issue.encoding.cp1252':
      'Die Datei ist nicht UTF-8; sie wurde als Windows-1252 (Excel-Standard) gelesen.',
    'hint.encoding.utf8': 'Umlaute prüfen. Beim Speichern „CSV UTF-8“ wählen.',
    'issue.limit.file': 'Die Datei ist {size} MB groß; höchstens {max} MB werden gelesen.',
    'hint.limit.file': 'Die Datei aufteilen oder unnötige Spalten/Eigenschaften entfernen.',
    'issue.limit.rows': 'Die Tabelle hat {count} Zeilen; höchstens {max} werden gelesen.',
    'issue.limit.features': 'Die Datei hat {count} Elemente; höchstens {max} werden gelesen.',
    'issue.limit.nodes': 'Das Datenpaket hat {count} Knoten; höchstens {max} werden gelesen.',
    'issue.limit.xml': 'Das XML ist {size} MB groß; höchstens {max} MB werden gelesen.',
    'hint.limit.split': 'Die Datei aufteilen.',
    'hint.limit.filter': 'Die Datei aufteilen oder vorab filtern (z. B. in QGIS).',
    'issue.zip.read': 'Das ZIP-Archiv kann nicht gelesen werden ({detail}).',
    'issue.zip.entries': 'Das Archiv hat mehr als {max} Einträge; so viele werden nicht gelesen.',
    'issue.zip.entrySize':
      '{entry} wäre entpackt {size} MB groß; höchstens {max} MB je Teil werden entpackt.',
    'issue.zip.totalSize':
      'Das Archiv wäre entpackt {size} MB groß; höchstens {max} MB werden entpackt.',
    'issue.zip.ratio':
      '{entry} ist {ratio}-fach komprimiert ({size} MB aus {compressed} Bytes): eine „Zip-Bombe“; höchstens {max}-fach wird entpackt.',
    'hint.zip.limit':
      'Die Datei im erzeugenden Programm öffnen und neu speichern; große Tabellen oder Ebenen aufteilen.',
    'issue.xlsx.notZip':
      'Die Arbeitsmappe kann nicht gelesen werden (kein gültiges Zip-Archiv: {detail}).',
    'issue.sheet.limitDeclared':
      'Das Blatt {sheet} ist als {ref} angelegt ({rows} Zeilen × {columns} Spalten); gelesen werden höchstens {maxRows} Zeilen, {maxColumns} Spalten und {maxCells} Zellen. Die Arbeitsmappe wird nicht gelesen.',
    'issue.sheet.limitReaches':
      'Das Blatt {sheet} reicht bis {ref} ({rows} Zeilen × {columns} Spalten); gelesen werden höchstens {maxRows} Zeilen, {maxColumns} Spalten und {maxCells} Zellen. Die Arbeitsmappe wird nicht gelesen.',
    'hint.sheet.limit':
      'Nur den Bereich mit Daten in eine neue Arbeitsmappe kopieren (leere Zeilen und Spalten am Ende löschen) und diese importieren.',
    'hint.zip.read': 'Das Archiv neu packen (ZIP, ohne Passwort) oder die Dateien einzeln wählen.',
    // Tables
    'issue.csv.quote':
      'Ein Anführungszeichen in Zeile {row} wird nie geschlossen; ab dort wird nichts importiert.',
    'hint.csv.quote':
      'Anführungszeichen in Werten verdoppeln ("") oder das fehlende schließende " ergänzen.',
    'issue.header.missing':
      'Keine Kopfzeile gefunden: keine Zeile oben in der Tabelle enthält mindestens zwei Spaltennamen.',
    'hint.header.missing':
      'Über den Daten eine Zeile mit Spaltennamen (z. B. name, lat, lon, ort, ags) – Vorlage herunterladen.',
    'issue.header.above':
      'Zeile {rows} über der Kopfzeile (Zeile {header}) ist Titel oder Quellenangabe und wird übersprungen.',
    'hint.header.above': 'Nichts zu tun, wenn dort keine Daten stehen.',
    'issue.header.merged':
      'Die Kopfzeile steht in zwei Zeilen ({rows}, verbundene Zellen); die Spalten {columns} tragen beide Namen.',
    'hint.header.merged': 'In der Vorschau prüfen, ob jede Spalte richtig gelesen wird.',
    'issue.rows.notData':
      'Zeile {rows} sind keine Daten (Spaltennummern oder Fußnoten) und werden übersprungen.',
    'hint.rows.notData': 'Nichts zu tun, wenn dort keine Daten stehen.',
    'issue.rows.notGemeinde':
      '{count, plural, one {# Zeile ist keine Gemeinde} other {# Zeilen sind keine Gemeinden}} ({list}) und {count, plural, one {wird} other {werden}} nicht importiert.',
    'hint.rows.notGemeinde':
      'Importiert werden die Gemeinden (Satzart 60). Kreise als eigene Zeilen mit Kreisschlüssel angeben, wenn sie gebraucht werden.',
    'issue.row.tooWide':
      'Die Zeile hat {cells} Zellen, die Kopfzeile nur {width}; die Zeile wird nicht importiert.',
    'hint.row.tooWide':
      'Werte, die das Trennzeichen enthalten, in Anführungszeichen setzen ("Musterstadt; Nord").',
    'issue.table.noRows': 'Die Tabelle enthält keine Datenzeilen.',
    'hint.table.noRows': 'Unter der Kopfzeile eine Zeile je Knoten oder Verbindung eintragen.',
    'issue.value.tooLong': 'Der Wert ist {length} Zeichen lang; gekürzt auf {max}.',
    'issue.columns.unused':
      '{count, plural, one {# Spalte wird nicht verwendet; ihre Werte werden} other {# Spalten werden nicht verwendet; ihre Werte werden}} nicht übernommen.',
    'hint.columns.unused':
      'In der Vorschau über der Spalte wählen, was sie enthält, wenn sie gebraucht wird.',
    'hint.value.tooLong': 'Lange Texte kürzen.',
    // Text normaliser (text.ts) and look-alike names (lookalikes.ts)
    'issue.text.removed':
      'Im Text wurden unsichtbare oder steuernde Zeichen entfernt ({chars}); gelesen als {value}.',
    'issue.text.breaks':
      'Im Text wurden Zeilenumbrüche durch Leerzeichen ersetzt; gelesen als {value}.',
    'issue.text.marks':
      'Im Text wurden {marks} übereinandergestapelte Zeichen (diakritische Zeichen) entfernt; gelesen als {value}.',
    'issue.text.removedBreaks':
      'Im Text wurden unsichtbare oder steuernde Zeichen entfernt ({chars}) und Zeilenumbrüche durch Leerzeichen ersetzt; gelesen als {value}.',
    'issue.text.removedMarks':
      'Im Text wurden unsichtbare oder steuernde Zeichen entfernt ({chars}) und {marks} übereinandergestapelte Zeichen (diakritische Zeichen); gelesen als {value}.',
    'issue.text.breaksMarks':
      'Im Text wurden Zeilenumbrüche durch Leerzeichen ersetzt und {marks} übereinandergestapelte Zeichen (diakritische Zeichen) entfernt; gelesen als {value}.',
    'issue.text.all':
      'Im Text wurden unsichtbare oder steuernde Zeichen entfernt ({chars}), Zeilenumbrüche durch Leerzeichen ersetzt und {marks} übereinandergestapelte Zeichen (diakritische Zeichen) entfernt; gelesen als {value}.',
    'hint.text.cleaned':
      'Den Wert in der Quelldatei prüfen: solche Zeichen verbergen oder verdrehen, was angezeigt wird.',
    'issue.lookalike.row':
      '{name} sieht aus wie {other} ({file}, Zeile {row}), ist aber anders geschrieben{diff}. Beide werden importiert.',
    'issue.lookalike.feature':
      '{name} sieht aus wie {other} ({file}, {feature}), ist aber anders geschrieben{diff}. Beide werden importiert.',
    'hint.lookalike':
      'Prüfen, ob derselbe Akteur gemeint ist, und den Namen in der Quelldatei mit lateinischen Buchstaben schreiben.',
    // Workbooks
    'issue.xlsx.read': 'Die Arbeitsmappe kann nicht gelesen werden ({detail}).',
    'issue.ods.read': 'Die ODS-Tabelle kann nicht gelesen werden ({detail}).',
    'hint.xlsx.read':
      'Als .xlsx oder .ods speichern; .xls (Excel 97–2003) und passwortgeschützte Dateien gehen nicht.',
    'issue.workbook.empty': 'Die Arbeitsmappe enthält keine Tabelle mit Daten.',
    'hint.workbook.empty': 'Vorlage herunterladen und ausfüllen.',
    'issue.sheet.hidden': 'Das ausgeblendete Blatt {sheet} wird übersprungen.',
    'issue.sheet.ignore': 'Das Blatt {sheet} ist mit „(ignore)“ markiert und wird übersprungen.',
    'issue.sheet.noTable':
      'Das Blatt „{sheet}“ enthält keine Tabelle (Deckblatt oder Erläuterungen) und wird übersprungen.',
    'hint.sheet.skipped': 'Blatt einblenden oder umbenennen, wenn es Daten enthält.',
    // JSON and GeoJSON
    'issue.json.syntax': 'Kein gültiges JSON: {detail}',
    'issue.json.syntaxAt': 'Kein gültiges JSON (Zeile {line}, Spalte {column}): {detail}',
    'hint.json.syntax':
      'Datei in einem Editor prüfen (fehlende Klammer oder Komma?) oder neu exportieren.',
    'issue.json.depth': 'Das JSON ist zu tief verschachtelt (mehr als 64 Ebenen).',
    'hint.json.depth': 'GeoJSON oder das Datenpaket des Atlas verwenden.',
    'issue.json.shape':
      'Die Datei ist weder eine GeoJSON-FeatureCollection noch ein Datenpaket des Atlas.',
    'hint.json.shape':
      'GeoJSON mit "type": "FeatureCollection" oder ein aus dem Atlas exportiertes Datenpaket verwenden.',
    'issue.json.features': '„features“ fehlt oder ist keine Liste.',
    'hint.json.features': '"features": [ … ] angeben.',
    'issue.json.empty': 'Die FeatureCollection ist leer.',
    'hint.json.empty': 'Mindestens ein Feature angeben.',
    'issue.json.notFeature': 'Kein Feature (type ist {type}).',
    'hint.json.feature': '"type": "Feature" mit geometry und properties.',
    'issue.json.properties': '„properties“ ist kein Objekt.',
    // ICU MessageFormat: braces that are text are quoted with apostrophes.
    'hint.json.properties': '"properties": \'{ "name": … }\'',
    'issue.geometry.notObject': '„geometry“ ist kein Objekt.',
    'issue.geometry.type':
      'Geometrietyp {type} wird nicht unterstützt; das Feature wird nicht importiert.',
    'issue.geometry.emptyCollection':
      'Die GeometryCollection ist leer; das Feature hat keine Position.',
    'hint.geometry.point':
      'Knoten als Point (oder Polygon, MultiPoint); Verbindungen als Linie zwischen zwei Knoten oder als Kantenliste.',
    'issue.geometry.centroid':
      '{type} wird als Punkt an seinem Schwerpunkt importiert (repräsentativer Punkt).',
    'hint.geometry.exact': 'Für genaue Orte Punktgeometrien liefern.',
    'issue.coords.notPosition':
      '{value} ist keine Position [Länge, Breite]; das Feature wird nicht importiert.',
    'issue.wkt.invalid':
      '{value} ist keine Geometrie in WKT oder GeoJSON ({detail}); die Zeile wird nicht importiert.',
    'issue.coords.pair':
      '{value} ist kein Koordinatenpaar (Breite, Länge); die Zeile wird nicht importiert.',
    'hint.coords.pair':
      'Breite, dann Länge: „51.1529, 14.9872“ (wie Google Maps sie kopiert) oder „51° 9′ 10″ N, 14° 59′ 14″ O“.',
    'issue.wkt.line': '{value} ist eine Linie; ein Knoten braucht einen Punkt oder eine Fläche.',
    'hint.wkt':
      'WKT wie POINT (13.4 52.5), Länge vor Breite; mit SRID=25833; davor für Meter in einem anderen System.',
    'hint.coords.position':
      'Eine Position ist [Länge, Breite]: zwei Zahlen, ohne Anführungszeichen und ohne weitere Klammern.',
    'issue.geometry.tooManyPositions':
      'Das {type} hat mehr als {max} Positionen; das Feature wird nicht importiert.',
    'hint.geometry.simplify': 'Die Geometrie vereinfachen (z. B. in QGIS) oder als Punkt liefern.',
    'issue.geometry.ringShort':
      'Der Ring hat {count} Positionen; ein Ring braucht mindestens 4 (die letzte gleich der ersten). Das Feature wird nicht importiert.',
    'issue.geometry.ringOpen':
      'Der Ring ist nicht geschlossen (die letzte Position ist nicht gleich der ersten); das Feature wird nicht importiert.',
    'issue.geometry.lineShort':
      'Die Linie hat {count, plural, one {# Position} other {# Positionen}}; eine Linie braucht mindestens 2. Das Feature wird nicht importiert.',
    'hint.geometry.repair':
      'Geometrie reparieren (QGIS: „Geometrien reparieren“) oder als Punkt liefern.',
    'issue.line.ends':
      'Die Linie verbindet keine zwei Knoten dieses Imports (ihre Enden liegen an keinem Knoten); sie wird nicht importiert.',
    'hint.line.ends':
      'Linien werden als Verbindungen gelesen, wenn beide Enden auf importierten Knoten liegen oder die Linie source und target nennt.',
    // XML (KML, GPX, GEXF, GraphML)
    'issue.xml.syntax': 'Kein gültiges XML: {detail}',
    'hint.xml.syntax': 'Die Datei neu exportieren; sie scheint abgeschnitten oder beschädigt.',
    'issue.xml.empty': 'Die Datei enthält keine Elemente <{element}>.',
    'hint.xml.empty': 'Eine Datei mit Orten bzw. Knoten wählen.',
    'issue.gpx.tracks':
      '{count, plural, one {# GPX-Track oder -Route ist kein Ort und wird} other {# GPX-Tracks oder -Routen sind keine Orte und werden}} nicht importiert; nur Wegpunkte.',
    'hint.gpx.waypoints': 'Orte als Wegpunkte (<wpt>) speichern.',
    // Shapefiles
    'issue.shapefile.read': 'Der Shapefile kann nicht gelesen werden ({detail}).',
    'hint.shapefile.read':
      'Alle Teile (.shp, .shx, .dbf, .prj, .cpg) zusammen in ein ZIP packen und erneut wählen.',
    'issue.shapefile.none': 'Im ZIP ist keine .shp-Datei.',
    // Coordinates and coordinate systems
    'issue.crs.unknown':
      'Unbekanntes Koordinatenreferenzsystem {crs}; die Koordinaten werden geprüft, als fehlte die Angabe.',
    'hint.crs.wgs84':
      'In WGS 84 (EPSG:4326), ETRS89/UTM (EPSG:25832, 25833) oder Gauß-Krüger (EPSG:31466–31469) exportieren.',
    'issue.coords.missing': 'Die Koordinate fehlt.',
    'issue.coords.nan': '{value} ist keine Zahl.',
    'hint.coords.decimal':
      'Beide Koordinaten als Dezimalzahl angeben (49,89 oder 49.89) – oder beide leer lassen, dann wird der Ort nachgeschlagen.',
    'issue.coords.range':
      'Längengrad {x} / Breitengrad {y} liegt außerhalb jedes gültigen Bereichs.',
    'issue.coords.declaredRange':
      'Rechtswert {x} / Hochwert {y} in {crs} liegt außerhalb der Karte.',
    'hint.coords.range':
      'Länge −180…180, Breite −85,05…85,05 (WGS 84, so weit die Karte reicht) oder Meter in UTM/Gauß-Krüger.',
    'issue.coords.abroad':
      'Die Position Längengrad {x} / Breitengrad {y} liegt außerhalb Deutschlands; sie wird so übernommen.',
    'hint.coords.abroad':
      'Prüfen, ob Länge und Breite stimmen (Länge 5,8–15,1, Breite 47,2–55,1 in Deutschland).',
    'issue.coords.declaredAbroad':
      '[{x}, {y}] in {crs} liegt bei Längengrad {lon} / Breitengrad {lat}, außerhalb Deutschlands; übernommen, wie die Datei es angibt.',
    'hint.coords.declaredAbroad':
      'Stimmt die Angabe des Bezugssystems (.prj, crs)? Sonst in der Quelle korrigieren.',
    'issue.coords.swapped':
      'Länge und Breite sind vertauscht (in der Datei Längengrad {x} / Breitengrad {y}); die Zeile wird ohne Bestätigung nicht importiert.',
    'hint.coords.swapped': 'Vertauschen bestätigen oder die Spalten tauschen.',
    'issue.coords.swappedDone':
      'Bei {count, plural, one {# Zeile} other {# Zeilen}} waren Länge und Breite vertauscht; sie wurden getauscht.',
    'hint.coords.swappedDone': 'Spalten in der Quelldatei tauschen.',
    'issue.coords.projected':
      '[{x}, {y}] sind projizierte Koordinaten (Meter) ohne Angabe des Bezugssystems; ohne Auswahl wird die Zeile nicht importiert.',
    'issue.coords.notInGermanyIn': '[{x}, {y}] liegt in {crs} nicht in Deutschland.',
    'issue.coords.noSystem': '[{x}, {y}] liegt in keinem bekannten Bezugssystem in Deutschland.',
    'hint.coords.projected':
      'Oben das Bezugssystem wählen (wo landen die Punkte?) oder in WGS 84 exportieren.',
    'issue.coords.reprojected':
      '{count, plural, one {# Zeile wurde} other {# Zeilen wurden}} aus {crs} nach WGS 84 umgerechnet.',
    'hint.coords.wgs84': 'Künftig in WGS 84 (EPSG:4326) exportieren oder das System angeben.',
    // Official keys and places
    'issue.key.not-digits':
      '{value} ist kein amtlicher Schlüssel (nur Ziffern); der Ort wird über den Namen gesucht.',
    'issue.key.length':
      '{value} ist kein amtlicher Schlüssel (2, 5, 8, 9 oder 12 Stellen, beginnend mit einem Land 01–16); der Ort wird über den Namen gesucht.',
    'hint.key.format':
      'AGS 8-stellig (07316000), Kreisschlüssel 5-stellig (03252), ARS 12-stellig; als Text formatieren, damit die führende Null bleibt.',
    'issue.key.unknown':
      'Der Schlüssel {value} ({key}) ist im Ortsverzeichnis unbekannt; der Ort wird über den Namen gesucht.',
    'hint.key.unknown': 'Den Schlüssel prüfen (Gebietsstand?) oder Koordinaten angeben.',
    'issue.locate.nothing': 'Die Zeile hat weder Koordinaten noch Schlüssel, Namen oder Ort.',
    'hint.locate.nothing':
      'lat/lon, einen amtlichen Schlüssel (AGS) oder name/ort (optional land) angeben.',
    'issue.locate.noGazetteer':
      'Das Ortsverzeichnis konnte nicht geladen werden; die Zeile hat keine Koordinaten.',
    'hint.locate.noGazetteer': 'Koordinaten angeben oder erneut versuchen.',
    'issue.locate.unknown': 'Kein Ort {query} im Ortsverzeichnis.',
    'hint.locate.unknown':
      'Schreibweise prüfen, die Gemeinde statt des Ortsteils nennen, einen Gemeindeschlüssel (AGS) oder Koordinaten angeben. Knoten ohne Ort werden nicht importiert.',
    'issue.locate.byConnections':
      'Für {name} ist kein Ort bekannt; der Knoten wird in der Mitte {count, plural, one {seiner # verorteten Verbindung} other {seiner # verorteten Verbindungen}} gezeigt.',
    'hint.locate.byConnections':
      'Für einen genauen Ort Koordinaten, einen amtlichen Schlüssel oder einen Ortsnamen angeben.',
    'issue.locate.ambiguous':
      '{query} passt auf {count} Orte ({examples}); ohne Auswahl wird die Zeile nicht importiert.',
    'hint.locate.ambiguous': 'Oben den gemeinten Ort wählen oder Land bzw. AGS ergänzen.',
    'issue.land.unknown': 'Land {value} ist unbekannt und wird nicht übernommen.',
    'hint.land.format': 'Kürzel (BY, DE-BY) oder Name (Bayern).',
    // Nodes
    'issue.name.missing': 'Der Name fehlt.',
    'issue.name.fromId': 'Keine Spalte ist als Name gewählt; die ID wird als Name verwendet.',
    'hint.name.column': 'In der Vorschau die Spalte mit dem Namen als „Name“ wählen.',
    'issue.id.empty': 'Die ID {value} enthält keine Buchstaben oder Ziffern.',
    'hint.id.format': 'IDs aus Buchstaben, Ziffern und Bindestrichen.',
    'issue.id.duplicate':
      'Die ID {value} kommt schon vor ({first}); diese Zeile wird nicht importiert.',
    'hint.id.unique': 'Jeder Zeile eine eigene ID geben.',
    'issue.project.staffel':
      'Das Förderjahr/die Staffel {value} ist keine Jahreszahl; es wird nicht übernommen.',
    'hint.project.staffel': 'Eine Jahreszahl (z. B. 2021) oder leer lassen.',
    'issue.project.ownCategory':
      '{value} ist keine Kategorie der Modellprojekte Smart Cities; sie wird als eigene Kategorie übernommen.',
    'hint.project.ownCategory':
      'Für MPSC-Daten: Großstadt, Mittelstadt, Kleinstadt/Landgemeinde, Interkommunale Kooperation/Landkreis.',
    'issue.actor.type': 'Typ {value} ist unbekannt; als „Sonstige“ importiert.',
    'hint.actor.type': 'Einer von: {types} – oder „Projekt“.',
    'issue.actor.notes':
      'Notizen werden nur für Projekte gespeichert; bei {count, plural, one {# Akteur} other {# Akteuren}} nicht übernommen.',
    'hint.actor.notes': 'Notizen in die Projektzeile schreiben.',
    'issue.url.invalid': '{value} ist kein http(s)-Link; er wird nicht übernommen.',
    'hint.url.invalid': 'Links mit http:// oder https:// angeben.',
    // Relations
    'issue.edge.empty': 'Das Feld ist leer; die Verbindung wird nicht importiert.',
    'issue.edge.ambiguous':
      '{value} passt auf mehrere Knoten; die Verbindung wird nicht importiert.',
    'issue.edge.unknown':
      'Kein Knoten mit ID oder Namen {value}; die Verbindung wird nicht importiert.',
    'issue.edge.unknownWithBase':
      'Kein Knoten mit ID oder Namen {value}, weder im Import noch im MPSC-Datensatz; die Verbindung wird nicht importiert.',
    'hint.edge.unknown':
      'ID oder Namen eines importierten Knotens oder eines Modellprojekts angeben (Knoten-Datei mit importieren).',
    'issue.edge.twoActors':
      '{a} und {b} sind beide Akteure; eine Verbindung braucht ein Projekt an einem Ende.',
    'hint.edge.twoActors':
      'Die Akteure über ein gemeinsames Projekt verbinden (Spalte „Typ“ = Projekt).',
    'issue.edge.kind':
      'Beziehungsart {value} ist unbekannt; sie wird aus den beiden Enden abgeleitet.',
    'hint.edge.kind': 'Mitglied, Partner oder Netzwerk.',
    'issue.edge.duplicate':
      'Die Verbindung {a} – {b} kommt doppelt vor; nur die erste wird übernommen.',
    'hint.edge.duplicate': 'Doppelte Zeile löschen.',
    // The package check (the same validator as the shipped data)
    'issue.check.schema':
      'Ungültiger Wert ({received}): {detail}; der Datensatz wird nicht importiert.',
    'issue.check.duplicate-id': 'Die ID {feature} kommt mehrfach vor.',
    'issue.check.unknown-ref': '{field} verweist auf einen Datensatz, den es nicht gibt.',
    'issue.check.outside-germany': 'Der Punkt liegt außerhalb Deutschlands.',
    'issue.check.outside-land': 'Der Punkt liegt nicht im angegebenen Land.',
    'issue.check.swapped-coords': 'Länge und Breite scheinen vertauscht.',
    'issue.check.lead-not-member': 'Die Federführung ist kein Mitglied des Projekts.',
    'issue.check.unknown-land': 'Das Land ist unbekannt.',
    'issue.check.other': 'Prüfung „{code}“: {field} stimmt nicht.',
    'hint.check.expected': 'Erwartet: {expected}',
    'hint.check.format': 'Siehe docs/data-format.md.',
  },
  en: {
    'issue.file.empty': 'The file is empty.',
    'hint.file.empty': 'Choose a file with content.',
    'issue.file.noRows': 'The file holds no rows.',
    'issue.format.unknown': 'The file format is not recognised (binary file).',
    'issue.format.unsupported': 'This format is not opened: {what}.',
    'hint.format.supported':
      'Opened are: CSV/TSV/TXT, XLSX, ODS, GeoJSON (also newline-delimited), KML/KMZ, GPX waypoints, GEXF, GraphML, Kumu JSON, Shapefile (as a ZIP with .shp, .dbf, .prj) and the atlas data package (JSON). Export from GIS software as GeoJSON or Shapefile.',
    'issue.encoding.cp1252':
      'The file is not UTF-8; it was read as Windows-1252 (the Excel default).',
    'hint.encoding.utf8': 'Check umlauts. Choose “CSV UTF-8” when saving.',
    'issue.limit.file': 'The file is {size} MB; at most {max} MB can be read.',
    'hint.limit.file': 'Split the file or remove unneeded columns/properties.',
    'issue.limit.rows': 'The table has {count} rows; at most {max} can be read.',
    'issue.limit.features': 'The file has {count} elements; at most {max} can be read.',
    'issue.limit.nodes': 'The data package has {count} nodes; at most {max} can be read.',
    'issue.limit.xml': 'The XML is {size} MB; at most {max} MB can be read.',
    'hint.limit.split': 'Split the file.',
    'hint.limit.filter': 'Split the file or filter it first (e.g. in QGIS).',
    'issue.zip.read': 'The ZIP archive cannot be read ({detail}).',
    'issue.zip.entries': 'The archive has more than {max} entries; that many are not read.',
    'issue.zip.entrySize':
      '{entry} would inflate to {size} MB; at most {max} MB per part are inflated.',
    'issue.zip.totalSize': 'The archive would inflate to {size} MB; at most {max} MB are inflated.',
    'issue.zip.ratio':
      '{entry} is compressed {ratio}-fold ({size} MB from {compressed} bytes): a “zip bomb”; at most {max}-fold is inflated.',
    'hint.zip.limit':
      'Open the file in the program that made it and save it again; split large tables or layers.',
    'issue.xlsx.notZip': 'The workbook cannot be read (not a valid zip archive: {detail}).',
    'issue.sheet.limitDeclared':
      'The sheet {sheet} is declared as {ref} ({rows} rows × {columns} columns); at most {maxRows} rows, {maxColumns} columns and {maxCells} cells are read. The workbook is not read.',
    'issue.sheet.limitReaches':
      'The sheet {sheet} reaches {ref} ({rows} rows × {columns} columns); at most {maxRows} rows, {maxColumns} columns and {maxCells} cells are read. The workbook is not read.',
    'hint.sheet.limit':
      'Copy only the range with data into a new workbook (delete empty rows and columns at the end) and import that.',
    'hint.zip.read': 'Pack the archive again (ZIP, no password) or choose the files one by one.',
    'issue.csv.quote': 'A quote in line {row} is never closed; nothing from there on is imported.',
    'hint.csv.quote': 'Double quotes inside values ("") or add the missing closing ".',
    'issue.header.missing':
      'No header found: no row near the top of the table holds at least two column names.',
    'hint.header.missing':
      'Put a row of column names (e.g. name, lat, lon, place, key) above the data – download the template.',
    'issue.header.above':
      'Row {rows} above the header (row {header}) is a title or source line and is skipped.',
    'hint.header.above': 'Nothing to do if it holds no data.',
    'issue.header.merged':
      'The header spans two rows ({rows}, merged cells); columns {columns} carry both names.',
    'hint.header.merged': 'Check in the preview that every column is read right.',
    'issue.rows.notData': 'Row {rows} is not data (column numbers or footnotes) and is skipped.',
    'hint.rows.notData': 'Nothing to do if it holds no data.',
    'issue.rows.notGemeinde':
      '{count, plural, one {# row is not a municipality} other {# rows are not municipalities}} ({list}) and {count, plural, one {is} other {are}} not imported.',
    'hint.rows.notGemeinde':
      'Municipalities (Satzart 60) are imported. Give districts as rows of their own with a district key if they are needed.',
    'issue.row.tooWide':
      'The row has {cells} cells, the header only {width}; the row is not imported.',
    'hint.row.tooWide': 'Put values that contain the separator in double quotes ("Town; North").',
    'issue.table.noRows': 'The table holds no data rows.',
    'hint.table.noRows': 'Add one row per node or connection below the header.',
    'issue.value.tooLong': 'The value is {length} characters long; cut to {max}.',
    'issue.columns.unused':
      '{count, plural, one {# column is not used; its values are} other {# columns are not used; their values are}} not imported.',
    'hint.columns.unused': 'In the preview, choose above a column what it holds if it is needed.',
    'hint.value.tooLong': 'Shorten long texts.',
    // Text normaliser (text.ts) and look-alike names (lookalikes.ts)
    'issue.text.removed':
      'In the text, invisible or control characters were removed ({chars}); read as {value}.',
    'issue.text.breaks': 'In the text, line breaks were replaced by spaces; read as {value}.',
    'issue.text.marks':
      'In the text, {marks} stacked combining marks were removed; read as {value}.',
    'issue.text.removedBreaks':
      'In the text, invisible or control characters were removed ({chars}) and line breaks replaced by spaces; read as {value}.',
    'issue.text.removedMarks':
      'In the text, invisible or control characters ({chars}) and {marks} stacked combining marks were removed; read as {value}.',
    'issue.text.breaksMarks':
      'In the text, line breaks were replaced by spaces and {marks} stacked combining marks removed; read as {value}.',
    'issue.text.all':
      'In the text, invisible or control characters were removed ({chars}), line breaks replaced by spaces and {marks} stacked combining marks removed; read as {value}.',
    'hint.text.cleaned':
      'Check the value in the source file: such characters hide or reorder what is shown.',
    'issue.lookalike.row':
      '{name} looks like {other} ({file}, row {row}) but is spelled differently{diff}. Both are imported.',
    'issue.lookalike.feature':
      '{name} looks like {other} ({file}, {feature}) but is spelled differently{diff}. Both are imported.',
    'hint.lookalike':
      'Check whether the same actor is meant, and write the name in Latin letters in the source file.',
    'issue.xlsx.read': 'The workbook cannot be read ({detail}).',
    'issue.ods.read': 'The ODS spreadsheet cannot be read ({detail}).',
    'hint.xlsx.read':
      'Save as .xlsx or .ods; .xls (Excel 97–2003) and password-protected files do not work.',
    'issue.workbook.empty': 'The workbook holds no table with data.',
    'hint.workbook.empty': 'Download the template and fill it in.',
    'issue.sheet.hidden': 'The hidden sheet {sheet} is skipped.',
    'issue.sheet.ignore': 'The sheet {sheet} is marked “(ignore)” and is skipped.',
    'issue.sheet.noTable':
      'The sheet “{sheet}” holds no table (a cover or notes sheet) and is skipped.',
    'hint.sheet.skipped': 'Unhide or rename the sheet if it holds data.',
    'issue.json.syntax': 'Not valid JSON: {detail}',
    'issue.json.syntaxAt': 'Not valid JSON (line {line}, column {column}): {detail}',
    'hint.json.syntax':
      'Check the file in an editor (missing bracket or comma?) or export it again.',
    'issue.json.depth': 'The JSON is nested too deeply (more than 64 levels).',
    'hint.json.depth': 'Use GeoJSON or the atlas data package.',
    'issue.json.shape':
      'The file is neither a GeoJSON FeatureCollection nor an atlas data package.',
    'hint.json.shape':
      'Use GeoJSON with "type": "FeatureCollection" or a data package exported from the atlas.',
    'issue.json.features': '“features” is missing or not a list.',
    'hint.json.features': 'Give "features": [ … ].',
    'issue.json.empty': 'The FeatureCollection is empty.',
    'hint.json.empty': 'Give at least one feature.',
    'issue.json.notFeature': 'Not a Feature (type is {type}).',
    'hint.json.feature': '"type": "Feature" with geometry and properties.',
    'issue.json.properties': '“properties” is not an object.',
    // ICU MessageFormat: braces that are text are quoted with apostrophes.
    'hint.json.properties': '"properties": \'{ "name": … }\'',
    'issue.geometry.notObject': '“geometry” is not an object.',
    'issue.geometry.type': 'Geometry type {type} is not supported; the feature is not imported.',
    'issue.geometry.emptyCollection':
      'The GeometryCollection is empty; the feature has no position.',
    'hint.geometry.point':
      'Nodes as Point (or Polygon, MultiPoint); connections as a line between two nodes or as an edge list.',
    'issue.geometry.centroid':
      '{type} is imported as a point at its centroid (a representative point).',
    'hint.geometry.exact': 'Supply point geometries for exact positions.',
    'issue.coords.notPosition':
      '{value} is not a position [longitude, latitude]; the feature is not imported.',
    'issue.wkt.invalid':
      '{value} is not a geometry in WKT or GeoJSON ({detail}); the row is not imported.',
    'issue.coords.pair':
      '{value} is not a coordinate pair (latitude, longitude); the row is not imported.',
    'hint.coords.pair':
      'Latitude, then longitude: “51.1529, 14.9872” (as Google Maps copies them) or “51° 9′ 10″ N, 14° 59′ 14″ E”.',
    'issue.wkt.line': '{value} is a line; a node needs a point or an area.',
    'hint.wkt':
      'WKT such as POINT (13.4 52.5), longitude before latitude; with SRID=25833; in front for metres in another system.',
    'hint.coords.position':
      'A position is [longitude, latitude]: two numbers, without quotes or further brackets.',
    'issue.geometry.tooManyPositions':
      'The {type} has more than {max} positions; the feature is not imported.',
    'hint.geometry.simplify': 'Simplify the geometry (e.g. in QGIS) or supply a point.',
    'issue.geometry.ringShort':
      'The ring has {count} positions; a ring needs at least 4 (the last equal to the first). The feature is not imported.',
    'issue.geometry.ringOpen':
      'The ring is not closed (the last position differs from the first); the feature is not imported.',
    'issue.geometry.lineShort':
      'The line has {count, plural, one {# position} other {# positions}}; a line needs at least 2. The feature is not imported.',
    'hint.geometry.repair': 'Repair the geometry (QGIS: “Fix geometries”) or supply a point.',
    'issue.line.ends':
      'The line joins no two nodes of this import (its ends lie on no node); it is not imported.',
    'hint.line.ends':
      'Lines are read as connections when both ends lie on imported nodes or the line names source and target.',
    'issue.xml.syntax': 'Not valid XML: {detail}',
    'hint.xml.syntax': 'Export the file again; it seems cut off or damaged.',
    'issue.xml.empty': 'The file holds no <{element}> elements.',
    'hint.xml.empty': 'Choose a file with places or nodes.',
    'issue.gpx.tracks':
      '{count, plural, one {# GPX track or route is not a place and is} other {# GPX tracks or routes are not places and are}} not imported; only waypoints are.',
    'hint.gpx.waypoints': 'Save places as waypoints (<wpt>).',
    'issue.shapefile.read': 'The Shapefile cannot be read ({detail}).',
    'hint.shapefile.read':
      'Put all parts (.shp, .shx, .dbf, .prj, .cpg) together in one ZIP and choose it again.',
    'issue.shapefile.none': 'The ZIP holds no .shp file.',
    'issue.crs.unknown':
      'Unknown coordinate reference system {crs}; coordinates are checked as if it were absent.',
    'hint.crs.wgs84':
      'Export in WGS 84 (EPSG:4326), ETRS89/UTM (EPSG:25832, 25833) or Gauss-Krüger (EPSG:31466–31469).',
    'issue.coords.missing': 'The coordinate is missing.',
    'issue.coords.nan': '{value} is not a number.',
    'hint.coords.decimal':
      'Give both coordinates as decimal numbers (49.89 or 49,89) – or leave both empty to look the place up.',
    'issue.coords.range': 'Longitude {x} / latitude {y} is outside any valid range.',
    'issue.coords.declaredRange': 'Easting {x} / northing {y} in {crs} lies outside the map.',
    'hint.coords.range':
      'Longitude −180…180, latitude −85.05…85.05 (WGS 84, as far as the map reaches) or metres in UTM/Gauss-Krüger.',
    'issue.coords.abroad':
      'The position longitude {x} / latitude {y} lies outside Germany; it is imported as it is.',
    'hint.coords.abroad':
      'Check longitude and latitude (longitude 5.8–15.1, latitude 47.2–55.1 in Germany).',
    'issue.coords.declaredAbroad':
      '[{x}, {y}] in {crs} lies at longitude {lon} / latitude {lat}, outside Germany; imported as the file says.',
    'hint.coords.declaredAbroad':
      'Is the declared reference system (.prj, crs) right? Otherwise correct it in the source.',
    'issue.coords.swapped':
      'Longitude and latitude are swapped (the file gives longitude {x} / latitude {y}); the row is not imported without confirmation.',
    'hint.coords.swapped': 'Confirm the swap or exchange the columns.',
    'issue.coords.swappedDone':
      '{count, plural, one {# row had} other {# rows had}} longitude and latitude swapped; they were exchanged.',
    'hint.coords.swappedDone': 'Exchange the columns in the source file.',
    'issue.coords.projected':
      '[{x}, {y}] are projected coordinates (metres) with no declared reference system; the row is not imported without a choice.',
    'issue.coords.notInGermanyIn': '[{x}, {y}] does not lie in Germany in {crs}.',
    'issue.coords.noSystem': '[{x}, {y}] lies in Germany in no known reference system.',
    'hint.coords.projected':
      'Choose the reference system above (where do the points land?) or export in WGS 84.',
    'issue.coords.reprojected':
      '{count, plural, one {# row was} other {# rows were}} reprojected from {crs} to WGS 84.',
    'hint.coords.wgs84': 'Export in WGS 84 (EPSG:4326) next time, or declare the system.',
    'issue.key.not-digits':
      '{value} is not an official key (digits only); the place is looked up by name.',
    'issue.key.length':
      '{value} is no official key (2, 5, 8, 9 or 12 digits, starting with a Land 01–16); the place is looked up by name.',
    'hint.key.format':
      'AGS with 8 digits (07316000), district key with 5 (03252), ARS with 12; format the column as text so the leading zero stays.',
    'issue.key.unknown':
      'The key {value} ({key}) is not in the gazetteer; the place is looked up by name.',
    'hint.key.unknown': 'Check the key (which territorial status?) or give coordinates.',
    'issue.locate.nothing': 'The row has neither coordinates nor a key, name or place.',
    'hint.locate.nothing': 'Give lat/lon, an official key (AGS) or name/place (optionally Land).',
    'issue.locate.noGazetteer': 'The gazetteer could not be loaded; the row has no coordinates.',
    'hint.locate.noGazetteer': 'Give coordinates or try again.',
    'issue.locate.unknown': 'No place {query} in the gazetteer.',
    'hint.locate.unknown':
      'Check the spelling, name the municipality instead of the village, or give a municipality key (AGS) or coordinates. Nodes without a place are not imported.',
    'issue.locate.byConnections':
      'No place is known for {name}; the node is shown amid {count, plural, one {its # placed connection} other {its # placed connections}}.',
    'hint.locate.byConnections':
      'For an exact place give coordinates, an official key or a place name.',
    'issue.locate.ambiguous':
      '{query} matches {count} places ({examples}); the row is not imported without a choice.',
    'hint.locate.ambiguous': 'Choose the place meant above, or add the Land or the AGS.',
    'issue.land.unknown': 'Land {value} is unknown and is not imported.',
    'hint.land.format': 'Code (BY, DE-BY) or name (Bayern, Bavaria).',
    'issue.name.missing': 'The name is missing.',
    'issue.name.fromId': 'No column is chosen as the name; the id is used as the name.',
    'hint.name.column': 'In the preview, choose the column with the name as “Name”.',
    'issue.id.empty': 'The id {value} contains no letters or digits.',
    'hint.id.format': 'Ids of letters, digits and hyphens.',
    'issue.id.duplicate': 'The id {value} is already used ({first}); this row is not imported.',
    'hint.id.unique': 'Give every row its own id.',
    'issue.project.staffel': 'The call year {value} is not a year; it is not imported.',
    'hint.project.staffel': 'A year (e.g. 2021), or leave it empty.',
    'issue.project.ownCategory':
      '{value} is not a category of the Smart Cities model projects; it is kept as a category of its own.',
    'hint.project.ownCategory':
      'For MPSC data: Großstadt, Mittelstadt, Kleinstadt/Landgemeinde, Interkommunale Kooperation/Landkreis.',
    'issue.actor.type': 'Type {value} is unknown; imported as “Sonstige” (other).',
    'hint.actor.type': 'One of: {types} – or “project”.',
    'issue.actor.notes':
      'Notes are kept for projects only; not imported for {count, plural, one {# actor} other {# actors}}.',
    'hint.actor.notes': 'Put notes on the project row.',
    'issue.url.invalid': '{value} is not an http(s) link; it is not imported.',
    'hint.url.invalid': 'Give links starting with http:// or https://.',
    'issue.edge.empty': 'The field is empty; the connection is not imported.',
    'issue.edge.ambiguous': '{value} matches several nodes; the connection is not imported.',
    'issue.edge.unknown': 'No node with id or name {value}; the connection is not imported.',
    'issue.edge.unknownWithBase':
      'No node with id or name {value}, neither in the import nor in the MPSC dataset; the connection is not imported.',
    'hint.edge.unknown':
      'Give the id or name of an imported node or of a model project (import the node file as well).',
    'issue.edge.twoActors': '{a} and {b} are both actors; a connection needs a project at one end.',
    'hint.edge.twoActors': 'Connect the actors through a shared project (column “type” = project).',
    'issue.edge.kind': 'Relation kind {value} is unknown; it is derived from the two ends.',
    'hint.edge.kind': 'Member, partner or network.',
    'issue.edge.duplicate': 'The connection {a} – {b} appears twice; only the first is imported.',
    'hint.edge.duplicate': 'Delete the duplicate row.',
    'issue.check.schema': 'Invalid value ({received}): {detail}; the record is not imported.',
    'issue.check.duplicate-id': 'The id {feature} is used more than once.',
    'issue.check.unknown-ref': '{field} refers to a record that does not exist.',
    'issue.check.outside-germany': 'The point lies outside Germany.',
    'issue.check.outside-land': 'The point does not lie in the Land given.',
    'issue.check.swapped-coords': 'Longitude and latitude seem swapped.',
    'issue.check.lead-not-member': 'The lead is not a member of the project.',
    'issue.check.unknown-land': 'The Land is unknown.',
    'issue.check.other': 'Check “{code}”: {field} is not right.',
    'hint.check.expected': 'Expected: {expected}',
    'hint.check.format': 'See docs/data-format.md.',
  },
});

export type ImportIssueKey = keyof typeof importIssues.de;
