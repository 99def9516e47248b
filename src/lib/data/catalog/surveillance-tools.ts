/** Catalog entry: data/surveillance-tools.json (who supplies which data to ICE and CBP). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadSurveillanceTools } from '../loadSurveillanceTools';
import { figureRows } from './figures';
import { ALTERNATIVE, CONFIDENCE, DATE_PRECISION, NOTE, QUALIFIER, SOURCES, STORY_USES, datePrecision, joinList, recordTypeColumn } from './shared';

export const surveillanceTools = defineDataset({
  id: 'surveillance-tools',
  file: 'surveillance-tools.json',
  title: 'Surveillance tools: who supplies which data to ICE and CBP',
  description:
    'A network of data flows from data brokers, surveillance vendors and technology platforms to U.S. immigration agencies: who supplies what, by contract or by subpoena, with contract values and record counts (other sources’ figures kept as alternative rows), dated steps, the acquisitions that link vendors to their owners (with every year a source gives for the deal), related figures on border towers and cameras, and the figures we looked for and did not find.',
  licence: CC_BY_4,
  columns: [
    recordTypeColumn(
      'node (a company, group of platforms or agency), link (one flow of data from a supplier to an agency), link-figure (a number about a link), link-event (a dated step of a link), ownership (an acquisition), ownership-figure (e.g. the price), ownership-date (a year a source gives for the deal; several mean sources disagree), context-figure (a related figure that is not a flow) or missing (a figure looked for and not found)',
    ),
    { name: 'id', type: 'string', description: 'Key of the row’s record (events and dates have none of their own); alternative rows repeat the key of the figure they dispute.' },
    { name: 'parent_id', type: 'string', description: 'The link or ownership record a figure, event or date belongs to.' },
    { name: 'name', type: 'string', description: 'node rows: display name; link rows: the product or legal instrument (e.g. Babel X, administrative subpoenas).' },
    { name: 'kind', type: 'string', description: 'node rows: agency (receives data), vendor (sells data or tools), platforms (companies compelled to hand data over) or parent (owns a vendor).' },
    { name: 'members', type: 'string', description: 'node rows: the companies in a group of platforms, separated by “;”.' },
    { name: 'owner', type: 'string', description: 'node rows: id of the company that owns this vendor.' },
    { name: 'from_node', type: 'string', description: 'link rows: node id of the supplier; ownership rows: node id of the buyer.' },
    { name: 'to_node', type: 'string', description: 'link rows: node id of the receiving agency; ownership rows: node id of the company bought (or whose parent was bought).' },
    { name: 'mechanism', type: 'string', description: 'link rows: contract (the agency pays) or subpoena (the agency compels; no payment).' },
    { name: 'category', type: 'string', description: 'link rows: online-accounts, social-media, public-records or licence-plates.' },
    { name: 'data', type: 'string', description: 'link rows: kinds of data that flow, in plain words, separated by “;”.' },
    { name: 'date', type: 'date', description: 'When the event happened or the figure applies; for ownership-date, the year a source gives for the deal.' },
    DATE_PRECISION,
    { name: 'label', type: 'string', description: 'figure rows: what the number counts.' },
    { name: 'value', type: 'number', unit: 'given in the unit column', description: 'figure rows: the number as published.' },
    { name: 'unit', type: 'string', description: 'figure rows: unit of value (US dollars, records, records per month, subpoenas, towers, systems …).' },
    QUALIFIER,
    ALTERNATIVE,
    STORY_USES,
    { name: 'text', type: 'string', description: 'What happened (events), what was bought (ownership) or what is missing.' },
    { ...SOURCES, description: 'Id(s) of the source(s) in sources.csv / sources.json, separated by “;”; empty only for an ownership-date no recorded page gives, or a missing figure.' },
    CONFIDENCE,
    NOTE,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadSurveillanceTools();
    return dataset;
  },
  rows: (d) => [
    ...d.nodes.map((n) => ({
      record_type: 'node',
      id: n.id,
      name: n.name,
      kind: n.kind,
      members: joinList(n.members),
      owner: n.parent,
      sources: joinList(n.sources),
      note: n.note,
    })),
    ...d.links.flatMap((l) => [
      {
        record_type: 'link',
        id: l.id,
        name: l.tool,
        from_node: l.from,
        to_node: l.to,
        mechanism: l.mechanism,
        category: l.category,
        data: joinList(l.data),
        sources: joinList(l.sources),
        confidence: l.confidence,
        note: l.note,
      },
      ...l.figures.flatMap((f) => figureRows(f).map((r) => ({ record_type: 'link-figure', parent_id: l.id, ...r }))),
      ...l.events.map((e) => ({
        record_type: 'link-event',
        parent_id: l.id,
        date: e.date,
        date_precision: datePrecision(e.date),
        text: e.text,
        sources: e.source,
        confidence: e.confidence,
      })),
    ]),
    ...d.ownership.flatMap((o) => [
      { record_type: 'ownership', id: o.id, from_node: o.buyer, to_node: o.target, text: o.text, sources: joinList(o.sources) },
      ...o.figures.flatMap((f) => figureRows(f).map((r) => ({ record_type: 'ownership-figure', parent_id: o.id, ...r }))),
      ...o.dates.map((x) => ({
        record_type: 'ownership-date',
        parent_id: o.id,
        date: x.date,
        date_precision: datePrecision(x.date),
        story_uses: o.storyUses === 'both' || o.storyUses === x.date,
        sources: x.source,
        note: x.note,
      })),
    ]),
    ...d.context.flatMap((f) => figureRows(f).map((r) => ({ record_type: 'context-figure', ...r }))),
    ...d.missing.map((m, i) => ({ record_type: 'missing', id: `missing-${i + 1}`, text: m })),
  ],
  recordCount: (d) => d.nodes.length + d.links.length + d.ownership.length + d.context.length + d.missing.length,
});
