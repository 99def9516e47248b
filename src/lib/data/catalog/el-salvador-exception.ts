/** Catalog entry: data/el-salvador-exception.json (El Salvador's state of exception). */
import { CC_BY_4, defineDataset } from '../catalog';
import { DatasetError, show } from '../errors';
import { loadElSalvador } from '../loadElSalvador';
import type { OtherCount } from '../elSalvadorSchema';
import { ALTERNATIVE, CONFIDENCE, DATE_PRECISION, NOTE, QUALIFIER, SOURCES, STORY_USES, datePrecision, joinList, recordTypeColumn } from './shared';

const FILE = 'el-salvador-exception.json';

/** Unit of an abuse or release count, by record type. */
const OTHER_UNIT = { release: 'people released', complaints: 'complaints', 'deaths-in-custody': 'people who died in custody' } as const;

export const elSalvadorException = defineDataset({
  id: 'el-salvador-exception',
  file: FILE,
  title: 'El Salvador’s state of exception: decree, extensions, detentions, abuses',
  description:
    'The decree suspending constitutional guarantees in El Salvador, the homicide counts reported as its trigger (sources disagree, so each is a row), the guarantees suspended, every extension we found a source for, the government’s cumulative detention figures (other published figures for the same moment kept as alternative rows), releases, complaints and deaths in custody, each with the source’s own qualifier and a verbatim Spanish quote.',
  licence: CC_BY_4,
  columns: [
    recordTypeColumn(
      'decree (the original decree), trigger (a homicide count reported as the trigger), right (a suspended guarantee), extensions-to-date (how many extensions had been approved by a date), extension (one extension of the measure), detention (people detained since the decree, cumulative), release, complaints or deaths-in-custody',
    ),
    { name: 'id', type: 'string', description: 'Key of the record; alternative rows repeat the key of the figure they dispute.' },
    { name: 'date', type: 'date', description: 'Date of the decree, figure or report; for extension rows, the day the Legislative Assembly approved it (empty when no source gives it).' },
    DATE_PRECISION,
    { name: 'in_force_from', type: 'date', description: 'extension rows: first day in force, when known.' },
    { name: 'in_force_until', type: 'date', description: 'extension rows: last day in force, when known.' },
    { name: 'value', type: 'integer', unit: 'given in the unit column', description: 'The count as published.' },
    { name: 'unit', type: 'string', description: 'Unit of value: days, homicides, extensions, people detained (cumulative), people released, complaints, people who died in custody.' },
    QUALIFIER,
    { name: 'period', type: 'string', description: 'trigger rows: the period the homicides were counted over, as the source gives it.' },
    { name: 'status', type: 'string', description: 'right rows: suspended (throughout) or suspended-at-first (only in the first decree or decrees).' },
    { name: 'extension_number', type: 'integer', unit: 'ordinal (1 = first extension)', description: 'extension rows: which extension; detention rows: the extension the figure was reported with.' },
    { name: 'votes_for', type: 'integer', unit: 'deputies', description: 'Deputies voting in favour, when reported.' },
    { name: 'votes_against', type: 'integer', unit: 'deputies', description: 'Deputies voting against, when reported.' },
    { name: 'seats', type: 'integer', unit: 'deputies', description: 'Seats in the Assembly, when the source gives “of N”.' },
    { name: 'reported_by', type: 'string', description: 'Whose figure it is (the government, a ministry, human-rights organisations).' },
    ALTERNATIVE,
    STORY_USES,
    { name: 'text', type: 'string', description: 'decree: who approved it; right: the guarantee in plain English.' },
    SOURCES,
    CONFIDENCE,
    { name: 'quote', type: 'string', description: 'Verbatim words from the source (mostly Spanish), so the figure can be checked.' },
    NOTE,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadElSalvador();
    return dataset;
  },
  rows: (d) => {
    const other = (type: 'release' | 'complaints' | 'deaths-in-custody', o: OtherCount) => ({
      record_type: type,
      id: o.id,
      date: o.date,
      date_precision: datePrecision(o.date),
      value: o.value,
      unit: OTHER_UNIT[type],
      qualifier: o.qualifier,
      reported_by: o.reportedBy,
      sources: o.source,
      confidence: o.confidence,
      quote: o.quote,
      note: o.note,
    });
    return [
      {
        record_type: 'decree',
        id: 'decree',
        date: d.decree.date,
        date_precision: datePrecision(d.decree.date),
        value: d.decree.durationDays,
        unit: 'days',
        qualifier: 'as-stated',
        votes_for: d.decree.votesFor,
        text: d.decree.approvedBy,
        sources: joinList([d.decree.source, d.decree.votesSource]),
        confidence: d.decree.confidence,
        quote: d.decree.quote,
      },
      ...d.trigger.map((t) => ({
        record_type: 'trigger',
        id: t.id,
        value: t.value,
        unit: 'homicides',
        qualifier: t.qualifier,
        period: t.period,
        story_uses: t.storyUses ?? false,
        sources: joinList([t.source, ...(t.alsoSources ?? [])]),
        confidence: t.confidence,
        quote: t.quote,
        note: t.note,
      })),
      ...d.rights.map((r) => ({
        record_type: 'right',
        id: r.id,
        status: r.status,
        text: r.right,
        sources: joinList([r.source, ...(r.alsoSources ?? [])]),
        confidence: r.confidence,
        quote: r.quote,
        note: r.note,
      })),
      {
        record_type: 'extensions-to-date',
        id: 'extensions-to-date',
        date: d.extensionsToDate.asOf,
        date_precision: datePrecision(d.extensionsToDate.asOf),
        value: d.extensionsToDate.count,
        unit: 'extensions',
        qualifier: 'as-stated',
        sources: d.extensionsToDate.source,
        confidence: d.extensionsToDate.confidence,
      },
      ...d.extensions.map((e) => ({
        record_type: 'extension',
        id: `extension-${e.number}`,
        date: e.approved,
        date_precision: datePrecision(e.approved),
        in_force_from: e.inForceFrom,
        in_force_until: e.inForceUntil,
        extension_number: e.number,
        votes_for: e.votes?.for,
        votes_against: e.votes?.against,
        seats: e.votes?.of,
        sources: joinList([e.source, ...(e.alsoSources ?? [])]),
        confidence: e.confidence,
        note: e.note,
      })),
      ...d.detentions.flatMap((c) => {
        const base = { record_type: 'detention', id: c.id, date: c.date, date_precision: datePrecision(c.date), unit: 'people detained (cumulative)', extension_number: c.extension };
        return [
          {
            ...base,
            value: c.value,
            qualifier: c.qualifier,
            reported_by: c.reportedBy,
            alternative: false,
            story_uses: c.storyUses ?? false,
            sources: c.source,
            confidence: c.confidence,
            quote: c.quote,
            note: c.note,
          },
          ...(c.alternatives ?? []).map((a) => ({
            ...base,
            value: a.value,
            qualifier: a.qualifier,
            reported_by: a.reportedBy,
            alternative: true,
            story_uses: false,
            sources: a.source,
            note: a.note,
          })),
        ];
      }),
      ...d.releases.map((o) => other('release', o)),
      ...d.abuses.map((o, i) => {
        if (!o.kind) throw new DatasetError(`data/${FILE}`, `abuses.${i}`, 'kind', show(o.kind), 'complaints or deaths-in-custody (the CSV needs the unit)');
        return other(o.kind, o);
      }),
    ];
  },
  recordCount: (d) => 1 + d.trigger.length + d.rights.length + 1 + d.extensions.length + d.detentions.length + d.releases.length + d.abuses.length,
});
