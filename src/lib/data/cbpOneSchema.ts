import { z } from 'zod';
import { Confidence, PartialDate } from './sourceSchema';
import { Figure } from './figureSchema';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/** One dated event in the life of CBP One, the backbone of the figure's timeline. */
export const CbpOneEvent = z
  .object({
    /** Unique key, kebab-case. */
    id: Id,
    /** The date, only as precise as it is known. */
    date: PartialDate,
    /** launch, rule (privacy or policy document), appointments, capacity, geofence, oversight, shutdown. */
    kind: z.enum(['launch', 'rule', 'appointments', 'capacity', 'geofence', 'oversight', 'shutdown']),
    /** What happened, in one sentence. */
    text: z.string().min(3),
    /** Ids of figures (in `figures`) this event reports. */
    figures: z.array(Id).optional(),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
  })
  .strict();

/** Something the app collects from the person using it. */
export const Collected = z
  .object({
    /** Unique key: face, geolocation, liveness, biographic. */
    id: z.enum(['face', 'geolocation', 'liveness', 'biographic']),
    /** Short name for a label. */
    label: z.string().min(3),
    /** How it is used, as sources describe it. */
    note: z.string().min(3),
    /** From when it is documented, as precisely as known. */
    since: PartialDate,
    /** Source ids in data/sources.json. */
    sources: z.array(z.string().min(1)).min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
  })
  .strict();

/** Where a person had to be to request an appointment, for one period. */
export const GeofencePeriod = z
  .object({
    /** Unique key. */
    id: Id,
    /** First day of the period. */
    from: PartialDate,
    /** Last day, when the period ended. */
    to: PartialDate.optional(),
    /** The regions named by sources, e.g. "central Mexico". */
    regions: z.array(z.string().min(3)).min(1),
    /** Exceptions, e.g. Mexican nationals anywhere in Mexico. */
    exceptions: z.array(z.string().min(3)),
    /** Source id in data/sources.json. */
    source: z.string().min(1),
    /** A primary, B secondary, C derived. */
    confidence: Confidence,
  })
  .strict();

/** The geographic restriction: defined by regions, never by a published distance. */
export const Geofence = z
  .object({
    /** How the area is defined. Always "regions": no source gives a distance. */
    definedBy: z.literal('regions'),
    /** Radius in km: null because we found no published distance or radius. */
    radiusKm: z.null(),
    /** Why there is no radius, for the page to say so. */
    radiusNote: z.string().min(10),
    /** The area over time, oldest first. */
    periods: z.array(GeofencePeriod).min(1),
  })
  .strict();

/** A port of entry where appointments were offered. */
export const Port = z
  .object({
    /** Unique key, kebab-case. */
    id: Id,
    /** Name as CBP gives it, e.g. "Paso del Norte (El Paso)". */
    name: z.string().min(2),
    /** U.S. state, USPS code. */
    state: z.enum(['CA', 'AZ', 'NM', 'TX']),
    /** Longitude, degrees east (negative in the Americas); null when no stated reference was found. */
    lon: z.number().min(-125).max(-90).nullable(),
    /** Latitude, degrees north; null when no stated reference was found. */
    lat: z.number().min(24).max(34).nullable(),
    /** Source id of the coordinates, present exactly when they are. */
    coordSource: z.string().min(1).optional(),
    /** What the coordinates mark, or why they are missing. */
    coordNote: z.string().min(3),
    /** Source ids that list this port among those offering appointments. */
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const CbpOneFile = z
  .object({
    /** Dataset title. */
    title: z.string(),
    /** Events, oldest first. */
    events: z.array(CbpOneEvent).min(1),
    /** Published figures: capacity, demand, cumulative appointments, cancellations. */
    figures: z.array(Figure).min(1),
    /** What the app collects. */
    collects: z.array(Collected).min(1),
    /** The geographic restriction. */
    geofence: Geofence,
    /** Ports of entry that offered appointments. */
    ports: z.array(Port),
    /** Figures looked for and not found, in words. */
    missing: z.array(z.string().min(3)),
  })
  .strict();

export type CbpOneEvent = z.infer<typeof CbpOneEvent>;
export type Collected = z.infer<typeof Collected>;
export type GeofencePeriod = z.infer<typeof GeofencePeriod>;
export type Port = z.infer<typeof Port>;
export type CbpOneFile = z.infer<typeof CbpOneFile>;
