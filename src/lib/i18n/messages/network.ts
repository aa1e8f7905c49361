import { defineMessages } from '../define';

/**
 * Network view (issue 15): fitting, node size by a network measure, the
 * measures and their explanations, legend rows and exports of the network.
 */
export const network = defineMessages({
  de: {
    'network.fit': 'Netzwerk einpassen',
    'network.fit.title': 'Alle sichtbaren Knoten ins Bild holen',
    'network.sizeBy': 'Größe nach',
    'network.sizeBy.legend': 'Größe nach: {metric}',
    'network.metric.degree': 'Grad',
    'network.metric.weightedDegree': 'Gewichteter Grad',
    'network.metric.betweenness': 'Betweenness',
    'network.metric.closeness': 'Closeness',
    'network.explain.degree': 'Anzahl der direkten Verbindungen (Mitglieder, Partner, Netzwerke).',
    'network.explain.weightedDegree':
      'Wie Grad, aber jede Verbindung zählt 1 plus die Zahl ihrer belegenden Dokumente (Verträge, Beschlüsse).',
    'network.explain.betweenness':
      'Anteil der kürzesten Wege zwischen zwei anderen Knoten, die über diesen Knoten laufen (0–1): Brückenfunktion.',
    'network.explain.closeness':
      'Wie nah der Knoten im Mittel allen erreichbaren Knoten ist (0–1), gewichtet mit dem erreichten Anteil des Netzes.',
    'network.metrics': 'Netzwerkmaße',
    'network.rank': 'Rang {rank} von {count}',
    'network.metrics.whole': 'berechnet im gesamten Netz, unabhängig von Filtern',
    'network.metrics.tooLarge': 'nicht berechnet (Netz über {limit} Knoten)',
    'network.connectsProjects':
      'verbindet {count, plural, one {# Modellprojekt} other {# Modellprojekte}}',
    'network.connectsProject': 'verbindet 1 Modellprojekt',
    'network.connectsNone': 'mit keinem Modellprojekt verbunden',
    'network.projectLinks':
      'verbunden mit {count, plural, one {# Akteur oder Projekt} other {# Akteuren und Projekten}}',
    'network.legend.communityN': 'Community {n}',
    'network.legend.selected': 'Ausgewählt',
    'network.legend.proposedNode': 'Vorgeschlagener neuer Akteur (Workshop)',
    'network.legend.other': 'Sonstiger Typ: {type}',
    'network.export.noGraph': 'Kein Netzwerk zum Exportieren.',
  },
  en: {
    'network.fit': 'Fit network',
    'network.fit.title': 'Bring every visible node into view',
    'network.sizeBy': 'Size by',
    'network.sizeBy.legend': 'Size by: {metric}',
    'network.metric.degree': 'Degree',
    'network.metric.weightedDegree': 'Weighted degree',
    'network.metric.betweenness': 'Betweenness',
    'network.metric.closeness': 'Closeness',
    'network.explain.degree': 'Number of direct connections (members, partners, networks).',
    'network.explain.weightedDegree':
      'Like degree, but each connection counts 1 plus the number of documents backing it (contracts, decisions).',
    'network.explain.betweenness':
      'Share of shortest paths between two other nodes that run through this node (0–1): its bridging role.',
    'network.explain.closeness':
      'How close the node is on average to every node it can reach (0–1), weighted by the share of the network it reaches.',
    'network.metrics': 'Network measures',
    'network.rank': 'rank {rank} of {count}',
    'network.metrics.whole': 'computed on the whole network, regardless of filters',
    'network.metrics.tooLarge': 'not computed (network over {limit} nodes)',
    'network.connectsProjects':
      'connects {count, plural, one {# model project} other {# model projects}}',
    'network.connectsProject': 'connects 1 model project',
    'network.connectsNone': 'connected to no model project',
    'network.projectLinks':
      'connected to {count, plural, one {# actor or project} other {# actors and projects}}',
    'network.legend.communityN': 'Community {n}',
    'network.legend.selected': 'Selected',
    'network.legend.proposedNode': 'Proposed new actor (workshop)',
    'network.legend.other': 'Other type: {type}',
    'network.export.noGraph': 'No network to export.',
  },
});
