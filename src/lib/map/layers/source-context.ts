/** The id of the enclosing `<GeoJSONSource>`, for `<Layer>` children that omit `source`. */
import { createContext } from 'svelte';

export const [getSourceId, setSourceId] = createContext<string>();
