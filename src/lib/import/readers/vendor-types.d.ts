/**
 * Types of the parser factories in graphology-gexf and graphology-graphml (their `common/`
 * modules, which take the DOMParser and Document classes to use: here @xmldom/xmldom's, so they
 * run in a worker). The packages type only their Node and browser entries.
 */
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = <G extends Graph>(
    Graph: new (options?: object) => G,
    source: string | object,
    options?: {
      addMissingNodes?: boolean;
      allowUndeclaredAttributes?: boolean;
      respectInputGraphType?: boolean;
    },
  ) => G;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type Parse = <G extends Graph>(
    Graph: new (options?: object) => G,
    source: string | object,
    options?: { addMissingNodes?: boolean },
  ) => G;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

/** shpjs 6: the `.shp` and `.dbf` parsers (the package ships no types). */
declare module 'shpjs' {
  /** Geometries of a `.shp` as GeoJSON geometry objects; reprojected to WGS 84 when `prj` is given. */
  export function parseShp(shp: DataView | ArrayBuffer, prj?: string | false): unknown[];
  /** Records of a `.dbf`, decoded with the `.cpg` encoding name (UTF-8 without one). */
  export function parseDbf(dbf: DataView | ArrayBuffer, cpg?: string): Record<string, unknown>[];
}
