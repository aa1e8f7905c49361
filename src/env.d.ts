/// <reference types="svelte" />
/// <reference types="vite/client" />

/** Build-time flag: true only in the e2e/bench build, which exposes test handles. */
declare const __TEST_HANDLES__: boolean;

declare module '*.geojson?url' {
  const url: string;
  export default url;
}
