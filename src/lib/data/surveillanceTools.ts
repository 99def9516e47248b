import { ToolsFile, type ToolLink } from './surveillanceToolsSchema';
import { figureCitations } from './figureSchema';
import { assertSources, assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';

export const TOOLS_FILE = 'data/surveillance-tools.json';

/**
 * Validates the surveillance-tools network: schema, unique ids (nodes, links,
 * every figure), links that join real nodes in the right direction (supplier →
 * agency), events in date order, and source ids that resolve.
 */
export function parseTools(data: unknown, sourceIds: ReadonlySet<string>, file = TOOLS_FILE): ToolsFile {
  const parsed = parseWith(file, data, ToolsFile);
  assertUnique(file, parsed.nodes, (n) => n.id, 'id', 'node');
  assertUnique(file, parsed.links, (l) => l.id, 'id', 'link');
  assertUnique(file, parsed.links, (l) => `${l.from} → ${l.to} (${l.tool})`, 'to', 'link');
  const figures = [...parsed.links.flatMap((l) => l.figures), ...parsed.ownership.flatMap((o) => o.figures), ...parsed.context];
  assertUnique(file, figures, (f) => f.id, 'id', 'figure');

  const kind = new Map(parsed.nodes.map((n) => [n.id, n.kind]));
  parsed.nodes.forEach((n, i) => {
    if (n.parent && kind.get(n.parent) !== 'parent') throw new DatasetError(file, describeRecord(i, n, 'node'), 'parent', show(n.parent), 'the id of a node of kind "parent"');
  });
  parsed.links.forEach((l, i) => {
    const where = describeRecord(i, l, 'link');
    const from = kind.get(l.from);
    if (from !== 'vendor' && from !== 'platforms') throw new DatasetError(file, where, 'from', show(l.from), 'the id of a vendor or platforms node');
    if (kind.get(l.to) !== 'agency') throw new DatasetError(file, where, 'to', show(l.to), 'the id of an agency node');
    l.events.forEach((e, j) => {
      const prev = l.events[j - 1];
      if (prev && e.date < prev.date) throw new DatasetError(file, where, `events.${j}.date`, show(e.date), `a date on or after ${prev.date} (events are oldest first)`);
    });
  });
  parsed.ownership.forEach((o, i) => {
    const where = describeRecord(i, o, 'ownership');
    if (kind.get(o.buyer) !== 'parent') throw new DatasetError(file, where, 'buyer', show(o.buyer), 'the id of a node of kind "parent"');
    if (!kind.has(o.target)) throw new DatasetError(file, where, 'target', show(o.target), 'the id of a node');
    if (o.storyUses !== 'both' && !o.dates.some((d) => d.date === o.storyUses)) throw new DatasetError(file, where, 'storyUses', show(o.storyUses), 'one of the dates in "dates", or "both"');
  });

  assertSources(file, parsed.nodes, (n) => n.sources.map((id, j) => ({ field: `sources.${j}`, id })), sourceIds, 'node');
  assertSources(file, parsed.links, linkCitations, sourceIds, 'link');
  assertSources(
    file,
    parsed.ownership,
    (o) => [
      ...o.sources.map((id, j) => ({ field: `sources.${j}`, id })),
      ...o.figures.flatMap((f, j) => figureCitations(f, `figures.${j}`)),
      ...o.dates.flatMap((d, j) => (d.source ? [{ field: `dates.${j}.source`, id: d.source }] : [])),
    ],
    sourceIds,
    'ownership',
  );
  assertSources(file, parsed.context, (f) => figureCitations(f), sourceIds, 'context');
  return parsed;
}

function linkCitations(l: ToolLink) {
  return [
    ...l.sources.map((id, j) => ({ field: `sources.${j}`, id })),
    ...l.figures.flatMap((f, j) => figureCitations(f, `figures.${j}`)),
    ...l.events.map((e, j) => ({ field: `events.${j}.source`, id: e.source })),
  ];
}

/** Every source id the file cites (for the sources-are-used check and the figure's source line). */
export function toolsSourceIds(file: ToolsFile): Set<string> {
  const ids = new Set<string>();
  for (const n of file.nodes) n.sources.forEach((s) => ids.add(s));
  for (const l of file.links) linkCitations(l).forEach((c) => ids.add(c.id));
  for (const o of file.ownership) {
    o.sources.forEach((s) => ids.add(s));
    o.figures.forEach((f) => figureCitations(f, '').forEach((c) => ids.add(c.id)));
    o.dates.forEach((d) => d.source && ids.add(d.source));
  }
  for (const f of file.context) figureCitations(f, '').forEach((c) => ids.add(c.id));
  return ids;
}
