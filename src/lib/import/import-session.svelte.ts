/**
 * One import in the dialog, from the files dropped to the package confirmed: talks to the
 * import worker (`ImportClient`), holds what the dialog shows (column preview, questions,
 * outcome) and the user's answers, and remembers the column mappings the user confirmed, per
 * header set, in localStorage (`mapping-memory.ts`).
 *
 * Every change (a column's field, a sheet's role, an answer) rebuilds the outcome in the
 * worker; nothing is stored until `confirm`.
 */
import { ImportCancelled, ImportClient } from './import-client';
import type { Decisions } from './locate';
import type { Field } from './mapping/fields';
import type { Mapping, Role } from './mapping/guess';
import { loadRemembered, remember } from './mapping-memory';
import type { DraftView } from './messages';
import type { Outcome } from './pipeline';

export type Phase = 'idle' | 'working' | 'review';

export class ImportSession {
  phase: Phase = $state('idle');
  progress = $state({ phase: 'read', fraction: 0 });
  view: DraftView | null = $state.raw(null);
  outcome: Outcome | null = $state.raw(null);
  decisions: Decisions = $state.raw({ swap: true, crs: null, choices: {} });
  /** Follow references to the built-in MPSC projects and actors (the import then extends it). */
  extendBuiltin = $state(true);
  /** The mapping of each sheet as the preview shows it. */
  mappings: Mapping[] = $state.raw([]);
  /** Sheets whose name column the user has picked (the question is then answered). */
  namePicked: readonly number[] = $state.raw([]);
  /** A failure or cancellation to show. */
  error: { kind: 'cancelled' } | { kind: 'failed'; reason: string } | null = $state.raw(null);
  fileNames: string[] = $state.raw([]);

  private client: ImportClient | null = null;

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {}

  private fail(e: unknown): void {
    this.phase = 'idle';
    this.view = null;
    this.outcome = null;
    this.error =
      e instanceof ImportCancelled
        ? { kind: 'cancelled' }
        : { kind: 'failed', reason: String((e as Error)?.message ?? e) };
  }

  private onProgress = (phase: string, fraction: number) => (this.progress = { phase, fraction });

  /** Read files and show their preview and outcome. */
  async open(files: File[]): Promise<void> {
    if (files.length === 0) return;
    this.client ??= new ImportClient();
    this.fileNames = files.map((f) => f.name);
    this.phase = 'working';
    this.error = null;
    this.outcome = null;
    this.namePicked = [];
    this.progress = { phase: 'read', fraction: 0 };
    try {
      const view = await this.client.analyse(files, loadRemembered(this.storage), this.onProgress);
      this.show(view);
      this.decisions = { ...view.defaults, choices: {} };
      await this.rebuild();
    } catch (e) {
      this.fail(e);
    }
  }

  private show(view: DraftView): void {
    this.view = view;
    this.mappings = view.sheets.map((s) => s.mapping);
  }

  /** Build the outcome for the current answers. */
  async rebuild(): Promise<void> {
    if (!this.client || !this.view) return;
    this.phase = 'working';
    this.progress = { phase: 'build', fraction: 0 };
    try {
      this.outcome = await this.client.finalize(
        this.decisions,
        this.extendBuiltin,
        this.onProgress,
      );
      this.phase = 'review';
    } catch (e) {
      this.fail(e);
    }
  }

  /** Map the sheets again with the preview's mappings, then rebuild. */
  private async remap(): Promise<void> {
    if (!this.client || !this.view) return;
    this.phase = 'working';
    try {
      const view = await this.client.remap(this.mappings, this.onProgress);
      const crs = this.decisions.crs;
      this.show(view);
      // Keep answers that still apply; place choices refer to rows, which may have moved.
      this.decisions = {
        swap: this.decisions.swap,
        crs: view.crsCandidates.some((c) => c.crs === crs) ? crs : view.defaults.crs,
        choices: {},
      };
      await this.rebuild();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The user sets what a column is (null: not used). A field another column had is taken from it. */
  setField(sheet: number, column: number, field: Field | null): Promise<void> {
    this.mappings = this.mappings.map((m, i) => {
      if (i !== sheet) return m;
      const fields = m.fields.map((f, c) =>
        c === column ? field : f === field && field !== null ? null : f,
      );
      return { ...m, fields };
    });
    if (field === 'name') this.namePicked = [...this.namePicked, sheet];
    return this.remap();
  }

  /** The user says what the rows of a sheet are (nodes or connections). */
  setRole(sheet: number, role: Role): Promise<void> {
    // No fields: the worker guesses them for the new role.
    this.mappings = this.mappings.map((m, i) => (i === sheet ? { role, fields: [] } : m));
    return this.remap();
  }

  setDecisions(d: Decisions): Promise<void> {
    this.decisions = d;
    return this.rebuild();
  }

  setExtendBuiltin(on: boolean): Promise<void> {
    this.extendBuiltin = on;
    return this.rebuild();
  }

  /** Remember the confirmed mappings for the next file with the same headers. */
  rememberMappings(): void {
    if (!this.view) return;
    remember(
      this.storage,
      this.view.sheets.map((s, i) => [s.signature, this.mappings[i]]),
    );
  }

  cancel(): void {
    this.client?.cancel();
  }

  reset(): void {
    this.client?.cancel();
    this.phase = 'idle';
    this.view = null;
    this.outcome = null;
    this.error = null;
  }

  dispose(): void {
    this.client?.dispose();
    this.client = null;
  }
}
