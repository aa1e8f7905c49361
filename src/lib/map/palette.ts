/**
 * Colours for the basemap. Thematic colours (categories, actor types) live
 * below and are shared with the network view.
 */
export interface BasemapColors {
  water: string;
  neighbour: string;
  neighbourLine: string;
  neighbourLabel: string;
  land: string;
  landLine: string;
  landLabel: string;
}

export function basemapColors(contrast = false): BasemapColors {
  return contrast
    ? {
        water: '#c9dbe8',
        neighbour: '#d9d9d9',
        neighbourLine: '#7a7a7a',
        neighbourLabel: '#3d3d3d',
        land: '#ffffff',
        landLine: '#4d4d4d',
        landLabel: '#1a1a1a',
      }
    : {
        water: '#dde7ee',
        neighbour: '#ecebe7',
        neighbourLine: '#bdbab2',
        neighbourLabel: '#6b6861',
        land: '#fbfaf6',
        landLine: '#a3abb5',
        landLabel: '#4f5966',
      };
}
