/**
 * One rule for the screen's state (issue 16): every emphasis has an owner that ends it;
 * a story step and "Deutschland einpassen" start from a clean slate.
 */
import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { AnalysisState } from '../../../src/lib/state/analysis-state.svelte';
import { StoryState } from '../../../src/lib/state/story-state.svelte';
import { EMPTY_FILTERS } from '../../../src/lib/state/filters';
import type { Story } from '../../../src/lib/story/schema';
import { shippedDataset } from '../helpers/dataset';

/** App, analysis (its engine loaded, as when the panel opens) and story over the shipped data. */
async function setup() {
  const app = new AppState();
  app.setDataset(shippedDataset());
  const analysis = new AnalysisState(app);
  await analysis.loadEngine();
  const story = new StoryState(app, null);
  return { app, analysis, story };
}

const STORY: Story = {
  version: 1,
  id: 'test',
  title: { de: 'T', en: 'T' },
  steps: [
    {
      title: { de: 'Eins', en: 'One' },
      caption: { de: '', en: '' },
      camera: null,
      filters: EMPTY_FILTERS,
      selected: 'bamberg',
      layout: 'force',
      highlight: ['bamberg'],
    },
    {
      title: { de: 'Zwei', en: 'Two' },
      caption: { de: '', en: '' },
      camera: null,
      filters: EMPTY_FILTERS,
      selected: null,
      layout: 'geo',
      highlight: [],
    },
  ],
};

describe('emphasis has an owner', () => {
  it('release ends only the owner’s emphasis', async () => {
    const { app } = await setup();
    app.emphasize('near', ['bamberg']);
    app.release('clusters');
    expect(app.highlightIds).toEqual(['bamberg']);
    app.release('near');
    expect(app.highlightIds).toEqual([]);
    expect(app.highlightOwner).toBeNull();
  });

  it('selecting a document emphasises its project and partner; selecting a node ends it', async () => {
    const { app } = await setup();
    app.selectDocument('doc-bamberg-weiterleitungsvertrag', 'search');
    expect(app.selectedId).toBe('bamberg');
    expect(app.selectedDocument?.record.id).toBe('doc-bamberg-weiterleitungsvertrag');
    expect(app.highlightIds).toContain('org-universitaet-bamberg');
    app.select('paderborn');
    expect(app.selectedDocumentId).toBeNull();
    expect(app.highlightIds).toEqual([]);
  });

  it('a document without a project selects no node', async () => {
    const { app } = await setup();
    app.selectDocument('doc-muster-kooperationsvertrag');
    expect(app.selectedId).toBeNull();
    expect(app.selectedDocument?.record.kind).toBe('Mustervertrag');
  });
});

describe('the analysis ends what it made when the reader leaves it', () => {
  it('„near me“: closing the panel ends its highlight; reopening shows it again', async () => {
    const { app, analysis } = await setup();
    analysis.open = true;
    analysis.setOrigin({ lon: 11.18, lat: 53.86, name: 'Grevesmühlen' });
    expect(app.highlightOwner).toBe('near');
    expect(app.highlightIds.length).toBe(5);
    analysis.open = false;
    expect(app.highlightIds).toEqual([]);
    analysis.open = true;
    expect(app.highlightOwner).toBe('near');
  });

  it('a selected cluster fades the map until the reader switches to communities', async () => {
    const { app, analysis } = await setup();
    analysis.open = true;
    analysis.tab = 'clusters';
    analysis.selectCluster(0);
    expect(app.highlightOwner).toBe('clusters');
    analysis.tab = 'communities';
    expect(app.highlightIds).toEqual([]);
    expect(analysis.selectedCluster).toBeNull();
  });

  it('community colours end when the reader leaves the communities section', async () => {
    const { app, analysis } = await setup();
    analysis.open = true;
    analysis.tab = 'communities';
    app.colorBy = 'community';
    analysis.tab = 'near';
    expect(app.colorBy).toBe('type');
  });

  it('fitting Germany ends the fade, the cluster and the distance lines', async () => {
    const { app, analysis } = await setup();
    app.sidebar = 'analysis';
    analysis.open = true;
    analysis.setOrigin({ lon: 11.18, lat: 53.86, name: 'Grevesmühlen' });
    app.cleanSlate('fit');
    expect(app.highlightIds).toEqual([]);
    expect(analysis.origin).toBeNull();
    // The reader stays in the analysis: only its overlays end.
    expect(app.sidebar).toBe('analysis');
  });
});

describe('a story step starts clean and sets only what it names', () => {
  it('starting a story leaves the analysis and ends its overlays', async () => {
    const { app, analysis, story } = await setup();
    app.sidebar = 'analysis';
    analysis.open = true;
    analysis.setOrigin({ lon: 11.18, lat: 53.86, name: 'Grevesmühlen' });
    app.colorBy = 'community';
    story.open(STORY);
    story.start();
    expect(app.sidebar).toBe('filters');
    expect(app.colorBy).toBe('type');
    expect(app.highlightIds).toEqual(['bamberg']);
    expect(app.highlightOwner).toBe('story');
    story.next();
    expect(app.highlightIds).toEqual([]);
    expect(app.selectedId).toBeNull();
    expect(app.layoutMode).toBe('geo');
  });

  it('leaving the presentation ends the story: no slide title for exports, highlights off', async () => {
    const { app, story } = await setup();
    story.open(STORY);
    story.start();
    expect(story.slideTitle('de')).toBe('Eins');
    story.stop();
    expect(story.slideTitle('de')).toBeNull();
    expect(app.highlightIds).toEqual([]);
    expect(app.selectedId).toBe('bamberg');
    story.start();
    expect(story.index).toBe(0);
  });

  it('a deviated view has no slide title', async () => {
    const { app, story } = await setup();
    story.open(STORY);
    story.start();
    app.select('paderborn');
    expect(story.slideTitle('de')).toBeNull();
  });
});
