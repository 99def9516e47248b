/**
 * From agreement records to what map 2 draws: the few fields the island needs,
 * one flow per (agreement, country pair), and how each is encoded. Pure.
 */
import type { Agreement } from '../data/agreementsSchema';
import { agreementYear } from '../data/partialDates';
import type { FlowInput } from './flowLayout';

/** The fields of an agreement the map shows (its detail card and list); nothing else crosses into the browser. */
export type MapAgreement = Pick<
  Agreement,
  'id' | 'name' | 'kind' | 'type' | 'binding' | 'bindingBasis' | 'dateSigned' | 'dateKind' | 'dateUpdated' | 'dataCategories' | 'coverage' | 'coverageShort' | 'purpose' | 'sources'
> & {
  year: number | null;
  flows: Pick<Agreement['flows'][number], 'from' | 'to' | 'direction'>[];
  figures?: Pick<NonNullable<Agreement['figures']>[number], 'key' | 'value' | 'unit' | 'asOf'>[];
};

/** Visual class of a flow: colour and dash both follow it, so it reads without colour too. */
export type Encoding = 'binding' | 'non-binding' | 'not-stated' | 'programme';

export const ENCODINGS: readonly Encoding[] = ['binding', 'non-binding', 'not-stated', 'programme'];

/** Dash pattern per encoding (viewBox units); "" is a solid line. */
export const DASH: Record<Encoding, string> = { binding: '', 'non-binding': '', 'not-stated': '7 4', programme: '0.5 5' };

export function encodingOf(a: Pick<Agreement, 'kind' | 'binding'>): Encoding {
  if (a.kind === 'programme') return 'programme';
  return a.binding === 'binding' ? 'binding' : a.binding === 'non-binding' ? 'non-binding' : 'not-stated';
}

/** Trims records to the map's fields, sorted by date (undated last) so fans and lists read chronologically. */
export function toMapAgreements(records: readonly Agreement[]): MapAgreement[] {
  return records
    .filter((r) => r.dataSharing === 'stated')
    .map((r) => ({
      id: r.id, name: r.name, kind: r.kind, type: r.type, binding: r.binding, bindingBasis: r.bindingBasis,
      dateSigned: r.dateSigned, dateKind: r.dateKind, ...(r.dateUpdated ? { dateUpdated: r.dateUpdated } : {}),
      dataCategories: r.dataCategories, coverage: r.coverage, ...(r.coverageShort ? { coverageShort: r.coverageShort } : {}), purpose: r.purpose, sources: r.sources,
      year: agreementYear(r),
      flows: r.flows.map(({ from, to, direction }) => ({ from, to, direction })),
      ...(r.figures ? { figures: r.figures.map(({ key, value, unit, asOf }) => ({ key, value, unit, ...(asOf ? { asOf } : {}) })) } : {}),
    }))
    .sort((a, b) => (a.dateSigned ?? '9999').localeCompare(b.dateSigned ?? '9999') || a.id.localeCompare(b.id));
}

/** One drawable flow: an agreement's movement of data between two countries. */
export interface MapFlow extends FlowInput {
  agreement: MapAgreement;
}

/** Every flow of every agreement, keyed `${agreementId}:${from}-${to}`, in agreement order. */
export function mapFlows(agreements: readonly MapAgreement[]): MapFlow[] {
  return agreements.flatMap((a) => a.flows.map((f) => ({ key: `${a.id}:${f.from}-${f.to}`, from: f.from, to: f.to, direction: f.direction, agreement: a })));
}

/**
 * How far each country pair's fan bends (fraction of its length): Mexico's to the
 * west, Guatemala's slightly west, El Salvador's centred, Honduras's and Costa Rica's
 * over the Gulf, so the three neighbouring capitals' fans do not cross.
 */
export const PAIR_BENDS: Record<string, number> = { 'MEX-USA': -0.16, 'GTM-USA': -0.13, 'SLV-USA': 0.07, 'HND-USA': 0.27, 'CRI-USA': 0.3 };

/**
 * Horizontal offset (viewBox units) of each pair's end on the United States hub,
 * west to east in the order of the partner countries, so fans meet the hub side by
 * side instead of piling onto one point.
 */
export const US_PORTS: Record<string, number> = { 'MEX-USA': -30, 'GTM-USA': -12, 'SLV-USA': 4, 'HND-USA': 20, 'CRI-USA': 34 };

/** A text box to place: anchor point and estimated size, in viewBox units. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Pushes labels down, in order, until none overlaps an earlier one. Greedy and
 * deterministic; enough for the handful of labels one step shows.
 */
export function avoidOverlaps(labels: readonly LabelBox[], gap = 2): LabelBox[] {
  const placed: LabelBox[] = [];
  for (const l of labels) {
    let y = l.y;
    for (let guard = 0; guard < 50; guard++) {
      const hit = placed.find((p) => Math.abs(p.x - l.x) < (p.width + l.width) / 2 + gap && Math.abs(p.y - y) < (p.height + l.height) / 2 + gap);
      if (!hit) break;
      y = hit.y + (hit.height + l.height) / 2 + gap;
    }
    placed.push({ ...l, y });
  }
  return placed;
}

/**
 * Breaks a label into lines of at most `maxChars`, only after a comma or colon so
 * that an item ("people “planning to travel”") never splits. An item longer than
 * the limit gets a line of its own.
 */
export function wrapLabel(text: string, maxChars = 28): string[] {
  const parts = text.split(/(?<=[,:])\s+/);
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + part.length <= maxChars) lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines;
}
