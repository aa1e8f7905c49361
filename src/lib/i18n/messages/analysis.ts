import { defineMessages } from '../define';

/** Regional analysis: nearby, clusters, reach, shared partners, communities. */
export const analysis = defineMessages({
  de: {
    'analysis.title': 'Analyse: Was gibt es schon?',
    'analysis.tabs': 'Analysebereiche',
    'analysis.tab.near': 'Nähe',
    'analysis.tab.clusters': 'Cluster',
    'analysis.tab.reach': 'Reichweite',
    'analysis.tab.shared': 'Gemeinsame Partner',
    'analysis.tab.communities': 'Communities',
    'analysis.km': '{km} km',
    'analysis.noData': 'Die Daten werden noch geladen.',

    'near.heading': 'Was gibt es schon in meiner Nähe?',
    'near.place': 'Kommune oder Ort',
    'near.placeholder': 'z. B. Erlangen, Landkreis Bamberg, 05766036',
    'near.search': 'Suchen',
    'near.pick': 'Oder auf die Karte klicken',
    'near.picking': 'Klicken Sie auf einen Punkt der Karte … (Esc bricht ab)',
    'near.pickCancel': 'Abbrechen',
    'near.loading': 'Ortsverzeichnis wird geladen …',
    'near.loadError': 'Das Ortsverzeichnis konnte nicht geladen werden: {reason}',
    'near.ambiguous': '„{query}“ gibt es mehrmals. Welcher Ort ist gemeint?',
    'near.candidate': '{name} – {district}, {land}',
    'near.unknown':
      '„{query}“ ist nicht im Ortsverzeichnis (alle Gemeinden, Ämter und Kreise, Stand 2021; Ortsteile ab 1.000 Einwohnern).',
    'near.suggest': 'Meinten Sie:',
    'near.noSuggest': 'Keine ähnlichen Namen gefunden.',
    'near.origin': 'Ausgangspunkt: {label}',
    'near.point': 'Punkt {lat}° N, {lon}° O',
    'near.clear': 'Ausgangspunkt entfernen',
    'near.projects': 'Nächste Modellprojekte',
    'near.forms': 'Nächstes Projekt je Kooperationsform',
    'near.form.hochschule': 'mit einer Hochschule',
    'near.form.digitalagentur': 'mit einer Digitalagentur',
    'near.form.energieagentur': 'mit einer Energieagentur',
    'near.form.kommunaleGmbH': 'mit einer kommunalen Gesellschaft',
    'near.form.interkommunal': 'interkommunaler Verbund',
    'near.form.none': 'kein Projekt',
    'near.via': 'mit {names}',
    'near.documents': 'Nächstes Dokument jeder Art',
    'near.templates': 'Vorlagen und Leitfäden (ohne Ort)',
    'near.noDocuments': 'Keine Dokumente erfasst.',
    'near.distanceNote': 'Entfernungen: Luftlinie (Großkreis) zum Sitz der federführenden Kommune.',
    'near.similar': 'Ähnliche Projekte zu {name}',
    'near.similarHow':
      'Ähnlichkeit = 0,3 × gleiche Kategorie (1 oder 0) + 0,4 × Anteil gemeinsamer Partnertypen (Jaccard) + 0,3 × Nähe (e^(−Entfernung/100 km)). 1 = gleiches Profil am gleichen Ort.',
    'near.similarParts': 'Kategorie {category} · Partnertypen {partners} · Nähe {nearness}',
    'near.score': 'Ähnlichkeit {score}',
    'near.mapNote': 'Die Karte zeigt Linien vom Ausgangspunkt zu diesen Projekten.',

    'clusters.heading': 'Regionale Cluster',
    'clusters.distance': 'Höchstabstand zwischen Nachbarn: {km} km',
    'clusters.allActors': 'Alle Akteure einbeziehen (nicht nur Modellprojekte)',
    'clusters.summary':
      '{count} Cluster bei {km} km, davon {cross} über Ländergrenzen; {noise} ohne Nachbarn.',
    'clusters.method':
      'DBSCAN: Punkte, die höchstens den gewählten Abstand voneinander haben, bilden eine Kette; mindestens 2 Punkte je Cluster.',
    'clusters.item': '{projects, plural, one {# Projekt} other {# Projekte}} · {lands}',
    'clusters.itemActors':
      '{projects, plural, one {# Projekt} other {# Projekte}}, {members, plural, one {# Punkt} other {# Punkte}} · {lands}',
    'clusters.cross': 'grenzüberschreitend',
    'clusters.dominant': 'Häufigste Partnertypen: {types}',
    'clusters.none': 'Bei diesem Abstand gibt es keine Cluster.',
    'clusters.label': '{projects, plural, one {# Projekt} other {# Projekte}}',
    'clusters.members': 'Projekte im Cluster',

    'reach.heading': 'Reichweite der Partner',
    'reach.select': 'Wählen Sie ein Modellprojekt (Karte, Netzwerk, Liste oder unten).',
    'reach.summary':
      'Median {median}, Maximum {max} über {count, plural, one {# verortetes Mitglied oder Partner} other {# verortete Mitglieder und Partner}}.',
    'reach.split':
      '{regional} regionale und {supra} überregionale Partner (Schwelle {threshold} km).',
    'reach.threshold':
      'Regional heißt: Sitz höchstens {threshold} km vom Projekt entfernt – etwa der Radius einer Planungsregion und ein Tagespendelweg.',
    'reach.unplaced': '{count} ohne eigenen Standort nicht gemessen.',
    'reach.none': 'Keine verorteten Mitglieder oder Partner.',
    'reach.ranking': 'Größte mittlere Reichweite',
    'reach.col.name': 'Mitglied/Partner',
    'reach.col.role': 'Rolle',
    'reach.col.km': 'Entfernung',
    'reach.regional': 'regional',
    'reach.supra': 'überregional',
    'reach.role.member': 'Mitglied',
    'reach.role.partner': 'Partner',
    'reach.mapNote': 'Die Karte zeigt Ringe für Median (gestrichelt) und Maximum.',
    'list.col.reach': 'Reichweite (Median)',

    'shared.heading': 'Gemeinsame Partner',
    'shared.intro':
      '{count, plural, one {# Partner arbeitet} other {# Partner arbeiten}} mit mehr als einem Modellprojekt.',
    'shared.includeMembers': 'Mitgliedschaften mitzählen',
    'shared.item': '{name} ({type}) – {count} Projekte',

    'communities.heading': 'Netzwerk-Communities',
    'communities.colorBy': 'Färbung von Karte und Netzwerk',
    'communities.byType': 'nach Typ',
    'communities.byCommunity': 'nach Community',
    'communities.summary':
      'Louvain findet {count, plural, one {# Community} other {# Communities}} (Modularität {modularity}).',
    'communities.laender':
      '{single} von {withLand} Communities liegen ganz in einem Land; {sameLand} % der Kanten innerhalb einer Community verbinden Akteure desselben Landes. Normalisierte Transinformation Community ↔ Land: {nmi} (0 = unabhängig, 1 = deckungsgleich).',
    'communities.reading':
      'Das Netzwerk folgt weitgehend den Landesgrenzen; Ausnahmen sind gemeinsame überregionale Partner und Netzwerke.',
    'communities.readingWeak': 'Das Netzwerk folgt den Landesgrenzen nur teilweise.',
    'communities.item':
      'Community {n}: {size} Knoten, {projects, plural, one {# Projekt} other {# Projekte}} · {lands}',
    'communities.method':
      'Louvain-Modularität (seed 1) auf dem Graphen aus Projekten, Mitgliedern und Partnern; Länder aus dem Gemeindeschlüssel.',
  },
  en: {
    'analysis.title': 'Analysis: what already exists?',
    'analysis.tabs': 'Analysis sections',
    'analysis.tab.near': 'Nearby',
    'analysis.tab.clusters': 'Clusters',
    'analysis.tab.reach': 'Reach',
    'analysis.tab.shared': 'Shared partners',
    'analysis.tab.communities': 'Communities',
    'analysis.km': '{km} km',
    'analysis.noData': 'The data is still loading.',

    'near.heading': 'What already exists near me?',
    'near.place': 'Municipality or place',
    'near.placeholder': 'e.g. Erlangen, Landkreis Bamberg, 05766036',
    'near.search': 'Search',
    'near.pick': 'Or click on the map',
    'near.picking': 'Click a point on the map … (Esc cancels)',
    'near.pickCancel': 'Cancel',
    'near.loading': 'Loading the gazetteer …',
    'near.loadError': 'The gazetteer could not be loaded: {reason}',
    'near.ambiguous': 'There are several places called “{query}”. Which one do you mean?',
    'near.candidate': '{name} – {district}, {land}',
    'near.unknown':
      '“{query}” is not in the gazetteer (every Gemeinde, Amt and Kreis as of 2021; localities with 1,000+ inhabitants).',
    'near.suggest': 'Did you mean:',
    'near.noSuggest': 'No similar names found.',
    'near.origin': 'Starting point: {label}',
    'near.point': 'Point {lat}° N, {lon}° E',
    'near.clear': 'Remove the starting point',
    'near.projects': 'Nearest model projects',
    'near.forms': 'Nearest project per cooperation form',
    'near.form.hochschule': 'with a university',
    'near.form.digitalagentur': 'with a digital agency',
    'near.form.energieagentur': 'with an energy agency',
    'near.form.kommunaleGmbH': 'with a municipal company',
    'near.form.interkommunal': 'inter-municipal consortium',
    'near.form.none': 'no project',
    'near.via': 'with {names}',
    'near.documents': 'Nearest document of each kind',
    'near.templates': 'Templates and guides (no place)',
    'near.noDocuments': 'No documents recorded.',
    'near.distanceNote': 'Distances: straight line (great circle) to the lead municipality’s seat.',
    'near.similar': 'Projects similar to {name}',
    'near.similarHow':
      'Similarity = 0.3 × same category (1 or 0) + 0.4 × share of common partner types (Jaccard) + 0.3 × nearness (e^(−distance/100 km)). 1 = the same profile at the same place.',
    'near.similarParts': 'category {category} · partner types {partners} · nearness {nearness}',
    'near.score': 'similarity {score}',
    'near.mapNote': 'The map shows lines from the starting point to these projects.',

    'clusters.heading': 'Regional clusters',
    'clusters.distance': 'Maximum distance between neighbours: {km} km',
    'clusters.allActors': 'Include all actors (not only model projects)',
    'clusters.summary':
      '{count} clusters at {km} km, {cross} of them across Land borders; {noise} without neighbours.',
    'clusters.method':
      'DBSCAN: points at most the chosen distance apart form a chain; at least 2 points per cluster.',
    'clusters.item': '{projects, plural, one {# project} other {# projects}} · {lands}',
    'clusters.itemActors':
      '{projects, plural, one {# project} other {# projects}}, {members, plural, one {# point} other {# points}} · {lands}',
    'clusters.cross': 'across borders',
    'clusters.dominant': 'Most frequent partner types: {types}',
    'clusters.none': 'There are no clusters at this distance.',
    'clusters.label': '{projects, plural, one {# project} other {# projects}}',
    'clusters.members': 'Projects in the cluster',

    'reach.heading': 'Partner reach',
    'reach.select': 'Select a model project (map, network, list or below).',
    'reach.summary':
      'Median {median}, maximum {max} over {count, plural, one {# located member or partner} other {# located members and partners}}.',
    'reach.split':
      '{regional} regional and {supra} supra-regional partners (threshold {threshold} km).',
    'reach.threshold':
      'Regional means: seat at most {threshold} km from the project – about the radius of a planning region and a daily commute.',
    'reach.unplaced': '{count} without a location of their own not measured.',
    'reach.none': 'No located members or partners.',
    'reach.ranking': 'Largest median reach',
    'reach.col.name': 'Member/partner',
    'reach.col.role': 'Role',
    'reach.col.km': 'Distance',
    'reach.regional': 'regional',
    'reach.supra': 'supra-regional',
    'reach.role.member': 'member',
    'reach.role.partner': 'partner',
    'reach.mapNote': 'The map shows rings for the median (dashed) and the maximum.',
    'list.col.reach': 'Reach (median)',

    'shared.heading': 'Shared partners',
    'shared.intro':
      '{count, plural, one {# partner works} other {# partners work}} with more than one model project.',
    'shared.includeMembers': 'Count memberships too',
    'shared.item': '{name} ({type}) – {count} projects',

    'communities.heading': 'Network communities',
    'communities.colorBy': 'Colour map and network',
    'communities.byType': 'by type',
    'communities.byCommunity': 'by community',
    'communities.summary':
      'Louvain finds {count, plural, one {# community} other {# communities}} (modularity {modularity}).',
    'communities.laender':
      '{single} of {withLand} communities lie entirely within one Land; {sameLand} % of the edges inside a community join actors of the same Land. Normalised mutual information community ↔ Land: {nmi} (0 = independent, 1 = identical).',
    'communities.reading':
      'The network largely follows state lines; the exceptions are shared supra-regional partners and networks.',
    'communities.readingWeak': 'The network follows state lines only in part.',
    'communities.item':
      'Community {n}: {size, plural, one {# node} other {# nodes}}, {projects, plural, one {# project} other {# projects}} · {lands}',
    'communities.method':
      'Louvain modularity (seed 1) on the graph of projects, members and partners; Länder from the municipality key.',
  },
});
