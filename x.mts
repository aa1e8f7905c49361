import { readFileSync } from 'node:fs';
import { analyseFiles, defaultDecisions, finalizeDraft } from './src/lib/import/pipeline';
import { decodeGazetteer } from './src/lib/geo/gazetteer';
import { translate } from './src/lib/i18n/translate';
const g = decodeGazetteer(JSON.parse(readFileSync('data/gazetteer.json','utf8')));
const dir='tests/fixtures/import-cases/';
const f = (n: string) => ({ name: n, bytes: new Uint8Array(readFileSync(dir+n)) });
for (const set of [['sep-line.csv'],['ags-as-numbers.xlsx'],['qgis-multipoint.geojson'],['gephi-nodes.csv','gephi-edges.csv'],['gephi-lite.gexf'],['google-my-maps.kml'],['shapefile-utm33.zip'],['destatis-gv-auszug.xlsx']]) {
  const d = await analyseFiles(set.map(f), async()=>g);
  const o = finalizeDraft(d, defaultDecisions(d), g);
  console.log('=====', set.join('+'), o.counts, 'ambig', d.located.ambiguous.length, 'crs', JSON.stringify(d.located.crsCandidates.map(c=>c.crs)));
  for (const x of [...(o.data?.projects.features??[]), ...(o.data?.actors.features??[])]) console.log('  ', JSON.stringify(x.properties).slice(0,200), x.geometry.coordinates);
  for (const r of o.data?.relations ?? []) console.log('  rel', r.id);
  for (const i of o.issues) console.log('  !', i.severity, i.code, i.file, i.row ?? i.feature, i.field, translate('de', i.message.key, i.message.params));
}
