import { z } from 'zod';

/** The countries of the map topology (data/region-50m.json), ISO 3166-1 alpha-3. */
export const RegionCountry = z.enum(['BLZ', 'CRI', 'CUB', 'GTM', 'HND', 'MEX', 'NIC', 'PAN', 'SLV', 'USA']);

/** IOM's cause of death, grouped into short keys (IOM's wording is in `CAUSE_LABELS_IOM`). */
export const CauseCategory = z.enum(['mixed-unknown', 'drowning', 'environment', 'vehicle', 'violence', 'sickness', 'accident', 'multiple']);

/** How IOM recorded the incident. */
export const IncidentKind = z.enum(['incident', 'cumulative', 'split']);

/** The calendar years the IOM snapshot covers (2022 is partial, to 6 May: the newest record of the snapshot). */
const Year = z.number().int().min(2014).max(2022);
const People = z.number().int().nonnegative();

/** One year's total for one IOM migration route or region. */
export const YearTotal = z
  .object({
    /** Calendar year of the incidents. */
    year: Year,
    /** Number of incident records. */
    incidents: z.number().int().positive(),
    /** Dead and missing people in those records (IOM's "Total Number of Dead and Missing"; minimum estimates). */
    deadMissing: People,
  })
  .strict();

/** Yearly totals for one IOM migration route (or for incidents with no route recorded). */
export const RouteTotals = z
  .object({
    /** The route as IOM spells it, e.g. "US-Mexico border crossing"; "(none recorded)" when the field is empty. */
    key: z.string().min(1),
    /** One entry per year with at least one incident, ascending. */
    years: z.array(YearTotal).min(1),
  })
  .strict();

/** Yearly totals for one IOM "Region of Incident". */
export const RegionTotals = z
  .object({
    /** IOM's region name, e.g. "North America", "Central America". */
    key: z.string().min(1),
    /** One entry per year with at least one incident, ascending. */
    years: z.array(YearTotal).min(1),
  })
  .strict();

/** Dead and missing for one cause category on one IOM migration route, all years of the snapshot together. */
export const CauseTotal = z
  .object({
    /** Cause category (see CAUSE_LABELS_IOM for IOM's wording). */
    cause: CauseCategory,
    /** Number of incident records. */
    incidents: z.number().int().positive(),
    /** Dead and missing people in those records (minimum estimates). */
    deadMissing: People,
  })
  .strict();

/** Cause totals for one IOM migration route, largest first. */
export const RouteCauseTotals = z
  .object({
    /** The route as IOM spells it (as in byRoute). */
    key: z.string().min(1),
    /** One entry per cause with at least one incident, by dead and missing, descending. */
    causes: z.array(CauseTotal).min(1),
  })
  .strict();

/** data/route-deaths.json: yearly totals, computed from every record of the export. */
export const RouteDeathsFile = z
  .object({
    /** Dataset title. */
    title: z.string().min(5),
    /** Source id in data/sources.json (the IOM export). */
    source: z.string().min(1),
    /** Newest incident date in the snapshot (ISO date); the last year is partial up to here. */
    snapshotEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** What the numbers are and are not, in one paragraph. */
    note: z.string().min(20),
    /** Totals by IOM migration route. */
    byRoute: z.array(RouteTotals).min(1),
    /** Totals by IOM region of incident. */
    byRegion: z.array(RegionTotals).min(1),
    /** Totals by cause category for each IOM migration route, all years together (lets the story rank causes with or without the Darién Gap and sea routes). */
    byRouteCause: z.array(RouteCauseTotals).optional(),
  })
  .strict();

/** One recorded incident, placed on the map. */
export const IncidentPoint = z
  .object({
    /** IOM's "Main ID", e.g. "2014.MMP00001": unique, and traceable in the export. */
    id: z.string().regex(/^\d{4}\.MMP\d+$/),
    /** Longitude in degrees, rounded to 2 decimals (about 1 km). */
    lon: z.number().min(-180).max(180),
    /** Latitude in degrees, rounded to 2 decimals. */
    lat: z.number().min(-90).max(90),
    /** Calendar year of the incident. */
    year: Year,
    /** Dead and missing people (at least one). */
    deadMissing: z.number().int().positive(),
    /** Cause category. */
    cause: CauseCategory,
    /** Country containing the point in data/region-50m.json (or the nearest, for points just offshore); null at sea. */
    country: RegionCountry.nullable(),
    /** Omitted for an ordinary incident; "cumulative": several deaths IOM recorded together at an approximate place; "split": part of a larger event. */
    kind: IncidentKind.exclude(['incident']).optional(),
  })
  .strict();

/** data/route-incidents.json: incidents with coordinates inside the route map's frame. */
export const RouteIncidentsFile = z
  .object({
    /** Dataset title. */
    title: z.string().min(5),
    /** Source id in data/sources.json (the IOM export). */
    source: z.string().min(1),
    /** The map frame points were kept in: [[west, south], [east, north]] in degrees. */
    frame: z.tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])]),
    /** What was left out and why, with counts, as the build script printed it. */
    dropped: z.array(z.object({ /** Why. */ reason: z.string().min(3), /** Records. */ incidents: z.number().int().positive(), /** Dead and missing in them. */ deadMissing: People }).strict()),
    /** The incidents, sorted by year then id. */
    incidents: z.array(IncidentPoint).min(1),
  })
  .strict();

export type RegionCountry = z.infer<typeof RegionCountry>;
export type CauseCategory = z.infer<typeof CauseCategory>;
export type YearTotal = z.infer<typeof YearTotal>;
export type RouteCauseTotals = z.infer<typeof RouteCauseTotals>;
export type RouteDeathsFile = z.infer<typeof RouteDeathsFile>;
export type IncidentPoint = z.infer<typeof IncidentPoint>;
export type RouteIncidentsFile = z.infer<typeof RouteIncidentsFile>;

/** IOM's wording of each cause category (the export's "Cause of Death"). */
export const CAUSE_LABELS_IOM: Record<Exclude<CauseCategory, 'multiple'>, string> = {
  'mixed-unknown': 'Mixed or unknown',
  drowning: 'Drowning',
  environment: 'Harsh environmental conditions / lack of adequate shelter, food, water',
  vehicle: 'Vehicle accident / death linked to hazardous transport',
  violence: 'Violence',
  sickness: 'Sickness / lack of access to adequate healthcare',
  accident: 'Accidental death',
};
