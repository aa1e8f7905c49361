/**
 * The projection for the geographic layout: Lambert conformal conic
 * (`d3.geoConicConformal`, https://d3js.org/d3-geo/conic#geoConicConformal)
 * with standard parallels 48.67° and 53.67° — the usual choice for maps of
 * Germany — rotated to 10.5° E and fitted to Germany's bounding box.
 */
import { geoConicConformal, type GeoProjection } from 'd3';
import { GERMANY_BBOX } from '../data/laender';

/**
 * Germany's bounding box as corner and edge-midpoint points. Points, not a
 * polygon: d3-geo reads polygons with spherical winding, and a wrongly wound
 * box would mean "the whole globe minus Germany".
 */
function germanyOutline(): GeoJSON.MultiPoint {
  const [w, s, e, n] = GERMANY_BBOX;
  const mx = (w + e) / 2;
  const my = (s + n) / 2;
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [w, n],
      [e, n],
      [e, s],
      [mx, s],
      [mx, n],
      [w, my],
      [e, my],
    ],
  };
}

/**
 * A projection fitting Germany into a `size`×`size` square centred on the
 * origin (y grows southwards, as on screen).
 */
export function germanyProjection(size = 1000): GeoProjection {
  const h = size / 2;
  return geoConicConformal()
    .parallels([48.67, 53.67])
    .rotate([-10.5, 0])
    .fitExtent(
      [
        [-h, -h],
        [h, h],
      ],
      germanyOutline(),
    );
}
