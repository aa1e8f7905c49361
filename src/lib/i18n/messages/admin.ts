import { defineMessages } from '../define';

/** Official areas (BKG VG5000): map layers, load note, white-spot analysis, credits. */
export const admin = defineMessages({
  de: {
    'admin.error':
      'Verwaltungsgrenzen nicht geladen ({file}: {reason}). Die Karte zeigt die Grundkarte ohne Kreise und Gemeinden, Kooperationsräume als Umkreis um die Mitglieder.',
    'admin.retry': 'Erneut laden',
    'attribution.bkg.label': 'Verwaltungsgebiete:',
    'attribution.bkg': '© GeoBasis-DE / BKG (2021) (Daten verändert)',
    'analysis.tab.spots': 'Weiße Flecken',
    'spots.heading': 'Wo gibt es noch nichts?',
    'spots.intro':
      'Wie weit ist es von jedem Kreis (vergrößert: jeder Gemeinde) zum nächsten Modellprojekt mit der gewählten Kooperation?',
    'spots.criterion': 'Modellprojekt mit …',
    'spots.c.any': 'beliebiger Kooperation (jedes Modellprojekt)',
    'spots.c.document:contract':
      'einem Vertragsdokument (Kooperations-, Weiterleitungs-, Gesellschaftsvertrag)',
    'spots.c.document:any': 'irgendeinem Dokument',
    'spots.c.org': 'Organisationsform: {group}',
    'spots.legend': 'Entfernung zum nächsten solchen Projekt',
    'spots.class.0': 'Projekt liegt im Gebiet',
    'spots.class.1': 'bis 25 km',
    'spots.class.2': 'bis 50 km',
    'spots.class.3': 'bis 100 km',
    'spots.class.4': 'mehr als 100 km',
    'spots.loading': 'Kreise werden geladen …',
    'spots.none': 'Kein Modellprojekt im Datensatz hat diese Kooperation: alles ist weißer Fleck.',
    'spots.summary':
      'In {inside} von {total} Kreisen liegt ein solches Projekt; {far, plural, one {# Kreis ist} other {# Kreise sind}} mehr als 100 km entfernt.',
    'spots.zoomNote': 'Vergrößert (ab Zoomstufe 8,5) färbt die Karte die Gemeinden.',
    'spots.limits':
      'Luftlinie vom Kreismittelpunkt zum Projektpunkt (Sitz der Federführung), keine Fahrzeit. „Im Gebiet“: der Projektpunkt liegt im Kreis.',
    'spots.caption': 'Alle {count} Kreise, die fernsten zuerst',
    'spots.col.kreis': 'Kreis',
    'spots.col.land': 'Land',
    'spots.col.km': 'Entfernung',
    'spots.col.nearest': 'Nächstes Projekt',
    'spots.inside': 'im Kreis',
    'details.key': 'Amtlicher Schlüssel',
    'details.kreisKey': 'Kreisschlüssel',
    'details.area.territory':
      'Kooperationsraum auf der Karte: das Gebiet der Mitglieder (amtliche Grenzen, {parts} Teilfläche(n)).',
    'details.area.fallback':
      'Ohne amtliches Gebiet (kein Gemeinde- oder Kreisschlüssel): {names}. Dort zeigt die Karte einen Umkreis von 6 km.',
  },
  en: {
    'admin.error':
      'Administrative boundaries not loaded ({file}: {reason}). The map shows the basemap without districts and municipalities, and cooperation areas as circles around the members.',
    'admin.retry': 'Retry',
    'attribution.bkg.label': 'Administrative areas:',
    'attribution.bkg': '© GeoBasis-DE / BKG (2021) (Daten verändert)',
    'analysis.tab.spots': 'White spots',
    'spots.heading': 'Where is there nothing yet?',
    'spots.intro':
      'How far is it from each district (zoomed in: each municipality) to the nearest model project with the chosen cooperation?',
    'spots.criterion': 'Model project with …',
    'spots.c.any': 'any cooperation (every model project)',
    'spots.c.document:contract':
      'a contract document (cooperation, pass-through or company agreement)',
    'spots.c.document:any': 'any document',
    'spots.c.org': 'Organisational form: {group}',
    'spots.legend': 'Distance to the nearest such project',
    'spots.class.0': 'project lies inside',
    'spots.class.1': 'up to 25 km',
    'spots.class.2': 'up to 50 km',
    'spots.class.3': 'up to 100 km',
    'spots.class.4': 'more than 100 km',
    'spots.loading': 'Loading districts …',
    'spots.none':
      'No model project in the dataset has this cooperation: everything is a white spot.',
    'spots.summary':
      'In {inside} of {total} districts lies such a project; {far, plural, one {# district is} other {# districts are}} more than 100 km away.',
    'spots.zoomNote': 'Zoomed in (from zoom 8.5) the map colours the municipalities.',
    'spots.limits':
      'Straight line from the district’s centre to the project’s point (the lead’s seat), not travel time. “Inside”: the project’s point lies in the district.',
    'spots.caption': 'All {count} districts, farthest first',
    'spots.col.kreis': 'District (Kreis)',
    'spots.col.land': 'Land',
    'spots.col.km': 'Distance',
    'spots.col.nearest': 'Nearest project',
    'spots.inside': 'inside',
    'details.key': 'Official key',
    'details.kreisKey': 'District key',
    'details.area.territory':
      'Cooperation area on the map: the members’ territory (official boundaries, {parts} part(s)).',
    'details.area.fallback':
      'No official area (no municipality or district key): {names}. The map shows a 6 km circle there.',
  },
});
