import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, buildDatasetSteps } from '../../../src/lib/data/dataset';
import { replyTo, type ReadRequest } from '../../../src/lib/data/dataset-read-messages';
import { parseDataPackage } from '../../../src/lib/data/load';
import {
  DATA_FILES,
  loadDataset,
  readOnThisThread,
} from '../../../src/lib/data/load-dataset';
import { nodeOrder } from '../../../src/lib/data/node-order';
import { DATA_KEYS, readDataset, type DatasetTexts } from '../../../src/lib/data/read-dataset';
import { runToEnd } from '../../../src/lib/util/time-slice';

const FILE_OF = {
  projects: 'projects.geojson',
  actors: 'actors.geojson',
  relations: 'relations.json',
  documents: 'documents.json',
  networks: 'networks.json',
  solutions: 'solutions.json',
} as const;

/** The shipped files' texts, as the main thread fetches them. */
const shippedTexts = (): DatasetTexts =>
  Object.fromEntries(
    DATA_KEYS.map((k) => [k, readFileSync(`data/${FILE_OF[k]}`, 'utf8')]),
  ) as DatasetTexts;

const parsedAll = (texts: DatasetTexts) =>
  Object.fromEntries(DATA_KEYS.map((k) => [k, JSON.parse(texts[k]) as unknown]));

describe('readDataset (the dataset read worker’s work)', () => {
  it('gives the package, findings and node order that parseDataPackage and nodeOrder give', () => {
    const texts = shippedTexts();
    const r = readDataset(texts);
    const direct = parseDataPackage(parsedAll(texts) as never);
    expect(r.ok && direct.ok).toBe(true);
    if (!r.ok || !direct.ok) return;
    expect(r.data).toEqual(direct.data);
    expect(r.issues).toEqual(direct.issues);
    expect(r.order).toEqual(nodeOrder(direct.data));
  });

  it('names the first file that is not JSON, with the parser’s message', () => {
    const texts = { ...shippedTexts(), relations: '[{"id": "r-1",', networks: '{' };
    let message = '';
    try {
      JSON.parse(texts.relations);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(readDataset(texts)).toEqual({
      ok: false,
      error: { file: 'data/relations.json', code: 'json', detail: message },
      issues: [],
    });
  });

  it('reports every blocking problem with file, feature, row and field, as parseDataPackage does', () => {
    const texts = shippedTexts();
    const projects = JSON.parse(texts.projects) as {
      features: { properties: Record<string, unknown> }[];
    };
    projects.features[2].properties.staffel = 1850;
    const relations = JSON.parse(texts.relations) as Record<string, unknown>[];
    relations[5].target = 'nobody';
    const broken = {
      ...texts,
      projects: JSON.stringify(projects),
      relations: JSON.stringify(relations),
    };
    const r = readDataset(broken);
    expect(r.ok).toBe(false);
    const direct = parseDataPackage(parsedAll(broken) as never);
    expect(r.issues).toEqual(direct.issues);
    expect(r.issues[0]).toMatchObject({
      code: 'schema',
      file: 'data/projects.geojson',
      row: 2,
      field: 'properties.staffel',
    });
  });
});

describe('the read protocol (worker reply, structured clone)', () => {
  it('a reply survives the clone: the same dataset is built from it, the order’s buffers move', () => {
    const request: ReadRequest = { id: 7, texts: shippedTexts() };
    const { reply, transfer } = replyTo(request, readDataset);
    expect(reply.id).toBe(7);
    expect(reply.result.ok).toBe(true);
    if (!reply.result.ok) return;
    expect(transfer).toEqual([
      reply.result.order.projects.buffer,
      reply.result.order.actors.buffer,
    ]);
    const expected = buildDataset(reply.result.data);
    const copy = structuredClone(reply, { transfer });
    // Transferred, not copied: the worker's buffers are detached.
    expect(reply.result.order.projects.length).toBe(0);
    if (!copy.result.ok) throw new Error('not ok');
    const there = runToEnd(buildDatasetSteps(copy.result.data, copy.result.order));
    expect(there.nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id));
    expect(there.relations).toEqual(expected.relations);
  });

  it('a failed read transfers nothing', () => {
    const { reply, transfer } = replyTo(
      { id: 1, texts: { ...shippedTexts(), actors: 'nope' } },
      readDataset,
    );
    expect(transfer).toEqual([]);
    expect(reply.result).toMatchObject({ ok: false, error: { file: 'data/actors.geojson' } });
  });
});

describe('loadDataset (fetch here, read elsewhere, index in slices)', () => {
  /** Serves the shipped files by their asset URL; `status` overrides one file's answer. */
  const fetchShipped =
    (status: Partial<Record<string, number>> = {}): typeof fetch =>
    async (input) => {
      const url = String(input);
      const key = DATA_KEYS.find((k) => DATA_FILES[k].url === url);
      if (!key) return new Response('', { status: 404 });
      const s = status[key] ?? 200;
      return new Response(s === 200 ? readFileSync(`data/${FILE_OF[key]}`, 'utf8') : '', {
        status: s,
      });
    };

  it('loads the shipped dataset through a reader', async () => {
    const texts: string[] = [];
    const r = await loadDataset(fetchShipped(), undefined, () => ({
      read: (t) => {
        texts.push(...Object.keys(t));
        return readOnThisThread(t);
      },
      cancel: () => {},
    }));
    expect(texts.sort()).toEqual([...DATA_KEYS].sort());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.nodes.length).toBeGreaterThan(73);
  });

  it('names a file that could not be fetched, reads nothing and ends the reader', async () => {
    let read = false;
    let cancelled = false;
    const r = await loadDataset(fetchShipped({ documents: 503 }), undefined, () => ({
      read: (t) => {
        read = true;
        return readOnThisThread(t);
      },
      cancel: () => (cancelled = true),
    }));
    expect(r).toEqual({
      ok: false,
      error: { file: 'data/documents.json', code: 'http', detail: '503' },
      issues: [],
    });
    expect(read).toBe(false);
    expect(cancelled).toBe(true);
  });
});
