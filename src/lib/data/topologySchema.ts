import { z } from 'zod';

/** A quantized arc: a start point, then integer deltas (TopoJSON with a transform). */
const Position = z.tuple([z.number().int(), z.number().int()]);
const Ring = z.array(z.number().int()).min(1);
const Country = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), id: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'), properties: z.object({ name: z.string().min(2) }).strict(), arcs: z.array(Ring).min(1) }).strict(),
  z.object({ type: z.literal('MultiPolygon'), id: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'), properties: z.object({ name: z.string().min(2) }).strict(), arcs: z.array(z.array(Ring).min(1)).min(1) }).strict(),
]);

/** data/region-50m.json: a quantized TopoJSON topology with one collection, "countries". */
export const RegionTopologyFile = z
  .object({
    type: z.literal('Topology'),
    transform: z.object({ scale: z.tuple([z.number().positive(), z.number().positive()]), translate: z.tuple([z.number(), z.number()]) }).strict(),
    objects: z.object({ countries: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(Country).min(1) }).strict() }).strict(),
    arcs: z.array(z.array(Position).min(2)).min(1),
  })
  .strict();
