/**
 * The user's answers applied to located records: swapped pairs swapped back (when confirmed),
 * undeclared metres converted from the chosen system, ambiguous names resolved to the chosen
 * place. Rows whose question is unanswered get an error naming row and field. Pure.
 */
import type { Place } from '../../geo/gazetteer';
import { crsLabel, inGermany, reproject } from '../coords';
import { issue, quote, type ImportIssue } from '../issues';
import { coordinate } from '../../i18n/translate';
import type { Decisions, Located } from '../locate';
import type { NodeRecord } from '../records';

export interface Positioned {
  /** [lon, lat] rounded to 6 decimals (~0.1 m), or null when the row has no position. */
  pos: [number, number] | null;
  place?: Place;
  abroad?: boolean;
  /** Placed amid its connections (no place of its own was found). */
  connections?: boolean;
}

const round = (p: [number, number]): [number, number] => [
  Math.round(p[0] * 1e6) / 1e6,
  Math.round(p[1] * 1e6) / 1e6,
];

const fieldOf = (rec: NodeRecord, name: string) =>
  rec.headers?.[name] ?? `${rec.fieldPrefix}${name}`;
const pairField = (rec: NodeRecord, fallback: string) =>
  rec.pair ? `${rec.pair.fields[0]}, ${rec.pair.fields[1]}` : fieldOf(rec, fallback);

/** Positions of all node records under the user's decisions, with an issue per row left out. */
export function applyDecisions(
  nodes: readonly NodeRecord[],
  located: Located,
  decisions: Decisions,
): { positions: Positioned[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  let swapped = 0;
  let reprojected = 0;
  const positions = nodes.map((rec, i): Positioned => {
    const loc = located.locs[i];
    switch (loc.s) {
      case 'ok':
        return {
          pos: round(loc.pos),
          ...(loc.place ? { place: loc.place } : {}),
          ...(loc.abroad ? { abroad: true } : {}),
        };
      case 'swapped':
        if (decisions.swap) {
          swapped++;
          return { pos: round(loc.pos) };
        }
        issues.push(
          issue(
            'coords-swapped',
            rec.ref,
            pairField(rec, 'lat'),
            {
              key: 'issue.coords.swapped',
              params: { x: coordinate(rec.pair?.x ?? NaN), y: coordinate(rec.pair?.y ?? NaN) },
            },
            { key: 'hint.coords.swapped' },
          ),
        );
        return { pos: null };
      case 'projected': {
        const p = decisions.crs ? reproject(decisions.crs, loc.x, loc.y) : null;
        if (p && inGermany(p[0], p[1])) {
          reprojected++;
          return { pos: round(p) };
        }
        const unknown = decisions.crs || located.crsCandidates.length === 0;
        issues.push(
          issue(
            unknown ? 'coords-range' : 'coords-projected',
            rec.ref,
            pairField(rec, 'lon'),
            decisions.crs
              ? {
                  key: 'issue.coords.notInGermanyIn',
                  params: { x: loc.x, y: loc.y, crs: crsLabel(decisions.crs) },
                }
              : unknown
                ? { key: 'issue.coords.noSystem', params: { x: loc.x, y: loc.y } }
                : { key: 'issue.coords.projected', params: { x: loc.x, y: loc.y } },
            { key: 'hint.coords.projected' },
          ),
        );
        return { pos: null };
      }
      case 'ambiguous': {
        const choice = decisions.choices[i];
        const c = choice === undefined ? undefined : loc.candidates[choice];
        if (c) return { pos: round([c.lon, c.lat]), place: c };
        issues.push(
          issue(
            'geocode-ambiguous',
            rec.ref,
            rec.place ? fieldOf(rec, 'place') : fieldOf(rec, 'name'),
            {
              key: 'issue.locate.ambiguous',
              params: {
                query: quote(loc.query),
                count: loc.candidates.length,
                examples: loc.candidates
                  .slice(0, 3)
                  .map((p) => `${p.name}, ${p.land.slice(3)}`)
                  .join('; '),
              },
            },
            { key: 'hint.locate.ambiguous' },
          ),
        );
        return { pos: null };
      }
      case 'none':
        return { pos: null };
    }
  });
  const file = nodes[0]?.ref.file ?? '';
  if (swapped > 0)
    issues.push(
      issue(
        'coords-swapped',
        { file },
        'lat, lon',
        { key: 'issue.coords.swappedDone', params: { count: swapped } },
        { key: 'hint.coords.swappedDone' },
        'warning',
      ),
    );
  if (reprojected > 0)
    issues.push(
      issue(
        'coords-projected',
        { file },
        'lat, lon',
        {
          key: 'issue.coords.reprojected',
          params: { count: reprojected, crs: crsLabel(decisions.crs ?? '') },
        },
        { key: 'hint.coords.wgs84' },
        'warning',
      ),
    );
  return { positions, issues };
}
