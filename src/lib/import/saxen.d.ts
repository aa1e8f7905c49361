/**
 * Types for saxen 11 (the XML parser read-excel-file uses), which ships none: only the parts
 * `xlsx-bounds.ts` calls.
 * @see https://github.com/nikku/saxen#usage
 */
declare module 'saxen' {
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      cb: (
        name: string,
        attrs: () => Record<string, string>,
        decodeEntities: (s: string) => string,
        selfClosing: boolean,
      ) => void,
    ): this;
    on(
      event: 'closeTag',
      cb: (name: string, decodeEntities: (s: string) => string, selfClosing: boolean) => void,
    ): this;
    on(event: 'error' | 'warn', cb: (err: Error) => void): this;
    parse(xml: string): Error | undefined;
    write(xml: string): this;
    end(): Error | undefined;
    stop(): void;
  }
}
