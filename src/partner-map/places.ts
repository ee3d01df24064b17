/**
 * Where things are on the map, without the DOM: the partners projected onto the basemap, the arcs
 * between partners, the box the map fits, and the markers for a zoom (close places grouped). The element
 * keeps one `Places` per feed; the view and the templates read it.
 */
import type {City} from '../../data-schema/schema.js';
import type {TwinData} from '../core/merge.js';
import {arc, basemapFor, project, type Basemap, type Box} from './geo.js';
import {
  RELATIONS,
  buildPartners,
  groupPoints,
  type Group,
  type Point,
  type Partner,
  type Relation,
  type RelationStatus,
} from './model.js';

/** The home city's id among the markers (no feed id can be this). */
export const HOME = '\u0000home';
/** Markers closer than this (px) are grouped: their 24 px symbols would touch. */
export const GROUP_RADIUS = 24;
/** At most this many markers at once; crowded maps group more widely. */
const MAX_MARKERS = 120;

/** A marker; `rank` orders whose name is placed first (0: the chosen place, 1: the home city, then by importance). */
export type Marker = Group & {kind: 'home' | 'partner' | 'group'; rank: number};
export type Selection = {kind: 'city'; id: string} | {kind: 'group'; members: string[]};
export interface Arc {
  id: string;
  d: string;
  box: Box;
  home: boolean;
  relation: Relation;
  status: RelationStatus;
}

/** A feed's partners on its basemap. */
export interface Places {
  home: City | undefined;
  partners: Partner[];
  byId: Map<string, Partner>;
  basemap: Basemap;
  /** Map positions by city id (`HOME` for the home city). */
  positions: Map<string, [number, number]>;
  arcs: Arc[];
}

export function placePartners(data: TwinData): Places {
  const home = data.home;
  const partners = buildPartners(data);
  const byId = new Map(partners.map((p) => [p.city.id, p]));
  const lons = partners.map((p) => p.city.coordinates[0]);
  const basemap = basemapFor(home ? home.coordinates[0] : circularMean(lons));
  const positions = new Map<string, [number, number]>();
  if (home) {
    const p = project(basemap, home.coordinates);
    if (p) positions.set(HOME, p);
  }
  for (const partner of partners) {
    const p = project(basemap, partner.city.coordinates);
    if (p) positions.set(partner.city.id, p);
  }
  const arcs: Arc[] = [];
  for (const partner of partners) {
    for (const link of partner.partnerships) {
      const otherId = link.from === partner.city.id ? link.city : link.from;
      const other = data.cityById.get(otherId);
      if (!other) continue;
      arcs.push({
        id: partner.city.id,
        ...arc(basemap, other.coordinates, partner.city.coordinates),
        home: other === home,
        relation: link.type,
        status: link.status,
      });
    }
  }
  return {home, partners, byId, basemap, positions, arcs};
}

/** The box that shows the home city, the shown partners and the arcs from home (they bulge towards the pole). */
export function fitBox(places: Places, shown: readonly Partner[]): Box | undefined {
  const boxes: Box[] = [];
  for (const p of [places.home ? HOME : undefined, ...shown.map((q) => q.city.id)]) {
    const at = p && places.positions.get(p);
    if (at) boxes.push([at, at]);
  }
  const ids = new Set(shown.map((q) => q.city.id));
  for (const a of places.arcs) if (a.home && ids.has(a.id)) boxes.push(a.box);
  if (boxes.length === 0) return undefined;
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}

/** Markers for zoom `k`: the home city and the shown partners, close ones grouped; the selected one on its own, on top. */
export function groupMarkers(
  places: Places,
  shown: readonly Partner[],
  selected: string | undefined,
  k: number,
): Marker[] {
  const points: Point[] = [];
  const home = places.positions.get(HOME);
  if (home && selected !== HOME) points.push({id: HOME, x: home[0], y: home[1]});
  const order = [...shown].sort(
    (a, b) =>
      RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) || (a.distanceKm ?? 0) - (b.distanceKm ?? 0),
  );
  for (const p of order) {
    const at = places.positions.get(p.city.id);
    if (at && p.city.id !== selected) points.push({id: p.city.id, x: at[0], y: at[1]});
  }
  // Where hundreds of places crowd the frame, group more widely: at most MAX_MARKERS markers, so the
  // map stays readable and quick however many partners there are.
  let radius = GROUP_RADIUS;
  let groups = groupPoints(points, radius / k);
  while (groups.length > MAX_MARKERS && radius < 200) {
    radius *= 1.25;
    groups = groupPoints(points, radius / k);
  }
  // Whose name comes first: sister cities before friendly ones, current before ended, the oldest first.
  const rank = new Map(
    [...shown]
      .sort(
        (a, b) =>
          RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) ||
          +(a.status !== 'active') - +(b.status !== 'active') ||
          (a.since?.year ?? 1e4) - (b.since?.year ?? 1e4) ||
          b.events - a.events,
      )
      .map((p, i) => [p.city.id, i + 2]),
  );
  rank.set(HOME, 1);
  const markers: Marker[] = groups.map((g) => ({
    // A group stands where its first member is (the home city's where the arcs start).
    ...g,
    kind: g.members.length > 1 ? 'group' : g.id === HOME ? 'home' : 'partner',
    rank: Math.min(...g.members.map((id) => rank.get(id)!)),
  }));
  // The chosen partner always has its own marker, on top.
  if (selected) {
    const at = places.positions.get(selected);
    if (at && (selected === HOME || shown.some((p) => p.city.id === selected))) {
      markers.push({
        id: selected,
        x: at[0],
        y: at[1],
        members: [selected],
        kind: selected === HOME ? 'home' : 'partner',
        rank: 0,
      });
    }
  }
  return markers;
}

/** The mean of longitudes on the circle (so 170° and −170° average to 180°, not 0°). */
function circularMean(lons: readonly number[]): number {
  if (lons.length === 0) return 0;
  let x = 0;
  let y = 0;
  for (const l of lons) {
    x += Math.cos((l * Math.PI) / 180);
    y += Math.sin((l * Math.PI) / 180);
  }
  return (Math.atan2(y, x) * 180) / Math.PI;
}
