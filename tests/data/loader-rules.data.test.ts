import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSources } from '../../src/lib/data/load';
import { parseDeaths } from '../../src/lib/data/deaths';
import { parseTools } from '../../src/lib/data/surveillanceTools';
import { parseCbpOne } from '../../src/lib/data/cbpOne';
import { parseAgreements } from '../../src/lib/data/agreements';
import { parseBiometricDatabases } from '../../src/lib/data/biometricDatabases';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { parseRouteDeaths, parseRouteIncidents } from '../../src/lib/data/routeDeaths';

/**
 * Every rule a loader enforces beyond the shape of a field, and every non-negative count of
 * the schemas, each tripped by one spoiled copy of the real committed file: one fault per
 * case, and the loader's exact message. Removing a rule fails its case.
 */
type Json = any;
type Parser = (data: unknown, ids: ReadonlySet<string>) => unknown;
const ids = new Set(loadSources().sources.map((s) => s.id));
const real = (file: string): Json => JSON.parse(readFileSync(`data/${file}`, 'utf8'));

const LOADERS: Record<string, [string, Parser]> = {
  deaths: ['border-deaths.json', parseDeaths],
  tools: ['surveillance-tools.json', parseTools],
  cbpOne: ['cbp-one.json', parseCbpOne],
  agreements: ['agreements.json', parseAgreements],
  databases: ['biometric-databases.json', parseBiometricDatabases],
  elSalvador: ['el-salvador-exception.json', parseElSalvador],
  routeDeaths: ['route-deaths.json', parseRouteDeaths],
  routeIncidents: ['route-incidents.json', parseRouteIncidents],
};

const CASES: [loader: string, rule: string, spoil: (d: Json) => void, message: string][] = [
  // border-deaths.json
  ['deaths', 'a record’s count is not negative', (d) => (d.records[0].value = -1), 'data/border-deaths.json: record 0 (id "usbp-1998"), field "value": received -1; expected a value >= 0.'],
  ['deaths', 'an alternative count is not negative', (d) => (d.records.find((r: Json) => r.alternatives).alternatives[0].value = -1), 'data/border-deaths.json: record 3 (id "usbp-2005"), field "alternatives.0.value": received -1; expected a value >= 0.'],
  ['deaths', 'a finding’s figure is not negative', (d) => (d.findings[0].figures[0].value = -1), 'data/border-deaths.json: finding 0 (id "cnn-2018-uncounted"), field "figures.0.value": received -1; expected a value >= 0.'],
  ['deaths', 'a finding’s span ends no earlier than it starts', (d) => (d.findings[0].span.to = d.findings[0].span.from - 1), 'data/border-deaths.json: finding 0 (id "cnn-2018-uncounted"), field "span.to": received 2001; expected a year >= span.from (2002).'],
  ['deaths', 'a finding other than a statement has a figure', (d) => (d.findings[0].figures = []), 'data/border-deaths.json: finding 0 (id "cnn-2018-uncounted"), field "figures": received []; expected at least one figure for a finding of kind "undercount".'],
  ['deaths', 'a finding cites a known source', (d) => (d.findings[0].source = 'no-such-source'), 'data/border-deaths.json: finding 0 (id "cnn-2018-uncounted"), field "source": received "no-such-source"; expected the id of a source in data/sources.json.'],
  // surveillance-tools.json
  ['tools', 'a node’s parent is a node of kind parent', (d) => (d.nodes.find((n: Json) => n.parent).parent = 'ice'), 'data/surveillance-tools.json: node 3 (id "vigilant"), field "parent": received "ice"; expected the id of a node of kind "parent".'],
  ['tools', 'a node cites known sources', (d) => (d.nodes[0].sources = ['no-such-source']), 'data/surveillance-tools.json: node 0 (id "tech-platforms"), field "sources.0": received "no-such-source"; expected the id of a source in data/sources.json.'],
  ['tools', 'a link starts at a vendor or platforms', (d) => (d.links[0].from = 'ice'), 'data/surveillance-tools.json: link 0 (id "subpoenas-ice"), field "from": received "ice"; expected the id of a vendor or platforms node.'],
  ['tools', 'a link ends at an agency', (d) => (d.links[0].to = 'babel-street'), 'data/surveillance-tools.json: link 0 (id "subpoenas-ice"), field "to": received "babel-street"; expected the id of an agency node.'],
  ['tools', 'a link’s events are oldest first', (d) => d.links.find((l: Json) => l.events.length > 1).events.reverse(), 'data/surveillance-tools.json: link 0 (id "subpoenas-ice"), field "events.1.date": received "2018"; expected a date on or after 2023-05-25 (events are oldest first).'],
  ['tools', 'an ownership’s buyer is a parent', (d) => (d.ownership[0].buyer = 'vigilant'), 'data/surveillance-tools.json: ownership 0 (id "motorola-vigilant"), field "buyer": received "vigilant"; expected the id of a node of kind "parent".'],
  ['tools', 'an ownership’s target is a node', (d) => (d.ownership[0].target = 'nobody'), 'data/surveillance-tools.json: ownership 0 (id "motorola-vigilant"), field "target": received "nobody"; expected the id of a node.'],
  ['tools', 'an ownership’s storyUses names one of its dates or both', (d) => (d.ownership[0].storyUses = '1999'), 'data/surveillance-tools.json: ownership 0 (id "motorola-vigilant"), field "storyUses": received "1999"; expected one of the dates in "dates", or "both".'],
  ['tools', 'a figure is not negative', (d) => (d.links[0].figures[0].value = -1), 'data/surveillance-tools.json: link 0 (id "subpoenas-ice"), field "figures.0.value": received -1; expected a value >= 0.'],
  // cbp-one.json
  ['cbpOne', 'an event’s figures exist', (d) => (d.events.find((e: Json) => e.figures).figures = ['no-such-figure']), 'data/cbp-one.json: event 4 (id "capacity-1000"), field "figures.0": received "no-such-figure"; expected the id of a figure in "figures".'],
  ['cbpOne', 'a geofence period ends no earlier than it starts', (d) => (d.geofence.periods[0].to = '2022-01-01'), 'data/cbp-one.json: period 0 (id "north-central"), field "to": received "2022-01-01"; expected a date on or after "from" (2023-01-12).'],
  ['cbpOne', 'geofence periods do not overlap', (d) => (d.geofence.periods[1].from = d.geofence.periods[0].to), 'data/cbp-one.json: period 1 (id "with-south"), field "from": received "2024-08-22"; expected a date after the previous period\'s end (2024-08-22).'],
  ['cbpOne', 'a port has both coordinates or neither', (d) => (d.ports.find((p: Json) => p.lon !== null).lat = null), 'data/cbp-one.json: port 1 (id "calexico"), field "lat": received null; expected a number, since the other coordinate is given.'],
  ['cbpOne', 'a port with coordinates names their source', (d) => (d.ports.find((p: Json) => p.lon !== null).coordSource = undefined), 'data/cbp-one.json: port 1 (id "calexico"), field "coordSource": received nothing (the field is missing); expected the id of the source of the coordinates.'],
  ['cbpOne', 'a port without coordinates names no source for them', (d) => (d.ports.find((p: Json) => p.lon === null).coordSource = 'bts-border-crossing-entry'), 'data/cbp-one.json: port 0 (id "san-ysidro"), field "coordSource": received "bts-border-crossing-entry"; expected nothing, since the port has no coordinates.'],
  // agreements.json
  ['agreements', 'a record with flows states its data sharing', (d) => (d.records[0].dataSharing = 'not-stated'), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "dataSharing": received "not-stated"; expected "stated" when the record has flows or data categories.'],
  ['agreements', 'a programme is not binding or non-binding', (d) => (d.records.find((r: Json) => r.kind === 'programme').binding = 'binding'), 'data/agreements.json: record 1 (id "mex-inm-dhs-terminals"), field "binding": received "binding"; expected "not-applicable" for a programme.'],
  ['agreements', 'a figure is not negative', (d) => (d.records.find((r: Json) => r.figures?.length).figures[0].value = -1), 'data/agreements.json: record 1 (id "mex-inm-dhs-terminals"), field "figures.0.value": received -1; expected a value >= 0.'],
  // biometric-databases.json
  ['databases', 'an IDENT count is not negative', (d) => (d.ident.counts[0].identities.value = -1), 'data/biometric-databases.json: count 0 (id "ident-2013"), field "identities.value": received -1; expected a value >= 0.'],
  ['databases', 'a HART amount is not negative', (d) => (d.hart.facts.find((f: Json) => f.amountUSD).amountUSD = -1), 'data/biometric-databases.json: fact 3 (id "hart-contract"), field "amountUSD": received -1; expected a value >= 0.'],
  ['databases', 'a milestone without a date quotes why', (d) => delete d.hart.schedule.milestones.find((m: Json) => m.planned === null).plannedNote, 'data/biometric-databases.json: milestone 3 (id "full-2022"), field "plannedNote": received nothing (the field is missing); expected the source’s words when no date is planned.'],
  ['databases', 'a slip starts at a milestone', (d) => (d.hart.schedule.slips[0].from = 'nowhere'), 'data/biometric-databases.json: slip 0 (id "ioc-slip-2022"), field "from": received "nowhere"; expected the id of a milestone.'],
  ['databases', 'a slip ends at a milestone', (d) => (d.hart.schedule.slips[0].to = 'nowhere'), 'data/biometric-databases.json: slip 0 (id "ioc-slip-2022"), field "to": received "nowhere"; expected the id of a milestone.'],
  ['databases', 'a slip joins two plans of the same milestone', (d) => (d.hart.schedule.slips[0].to = 'full-2019'), 'data/biometric-databases.json: slip 0 (id "ioc-slip-2022"), field "to": received "full-2019"; expected a plan for the same milestone as "ioc-2019" (initial-operating-capability).'],
  ['databases', 'a slip joins two dated plans', (d) => Object.assign(d.hart.schedule.slips[0], { from: 'full-2019', to: 'full-2022' }), 'data/biometric-databases.json: slip 0 (id "ioc-slip-2022"), field "to": received "full-2022"; expected two milestones that both have a planned date.'],
  ['databases', 'a slip’s months are the months between its plans', (d) => (d.hart.schedule.slips[0].months = 32), 'data/biometric-databases.json: slip 0 (id "ioc-slip-2022"), field "months": received 32; expected 33 (the months from 2020-12-31 to 2023-09-30).'],
  // el-salvador-exception.json
  ['elSalvador', 'a trigger count is not negative', (d) => (d.trigger[0].value = -1), 'data/el-salvador-exception.json: trigger 0 (id "homicides-62"), field "value": received -1; expected a value >= 0.'],
  ['elSalvador', 'a detention count is not negative', (d) => (d.detentions[0].value = -1), 'data/el-salvador-exception.json: detention 0 (id "detentions-2022-04"), field "value": received -1; expected a value >= 0.'],
  ['elSalvador', 'a release count is not negative', (d) => (d.releases[0].value = -1), 'data/el-salvador-exception.json: release 0 (id "releases-2026-02"), field "value": received -1; expected a value >= 0.'],
  ['elSalvador', 'votes for are not negative', (d) => (d.extensions.find((e: Json) => e.votes).votes.for = -1), 'data/el-salvador-exception.json: extension 3, field "votes.for": received -1; expected a value >= 0.'],
  ['elSalvador', 'votes against are not negative', (d) => (d.extensions.find((e: Json) => e.votes?.against !== undefined).votes.against = -1), 'data/el-salvador-exception.json: extension 3, field "votes.against": received -1; expected a value >= 0.'],
  ['elSalvador', 'extension numbers are unique', (d) => (d.extensions[1].number = d.extensions[0].number), 'data/el-salvador-exception.json: extension 1, field "number": received 1; expected a value not already used by extension 0.'],
  ['elSalvador', 'extensions come in order', (d) => ([d.extensions[0].number, d.extensions[1].number] = [d.extensions[1].number, d.extensions[0].number]), 'data/el-salvador-exception.json: extension 1 (id "extension 1"), field "number": received 1; expected a number greater than 12 (extensions in order).'],
  ['elSalvador', 'no extension beyond the count to date', (d) => (d.extensions.at(-1).number = d.extensionsToDate.count + 1), 'data/el-salvador-exception.json: extension 7 (id "extension 49"), field "number": received 49; expected at most 48 (extensionsToDate.count).'],
  ['elSalvador', 'an extension is approved after the decree', (d) => (d.extensions[0].approved = '2022-02'), 'data/el-salvador-exception.json: extension 0 (id "extension 1"), field "approved": received "2022-02"; expected a date after the decree (2022-03-27).'],
  ['elSalvador', 'extensions are approved in order', (d) => (d.extensions[1].approved = '2022-03-28'), 'data/el-salvador-exception.json: extension 1 (id "extension 12"), field "approved": received "2022-03-28"; expected a date not before extension 1\'s (2022-04).'],
  ['elSalvador', 'an extension is in force until no earlier than from', (d) => (d.extensions.find((e: Json) => e.inForceFrom && e.inForceUntil).inForceUntil = '2020-01-01'), 'data/el-salvador-exception.json: extension 5 (id "extension 44"), field "inForceUntil": received "2020-01-01"; expected a date not before inForceFrom (2025-11-02).'],
  ['elSalvador', 'no more votes than seats', (d) => (d.extensions.find((e: Json) => e.votes?.of).votes.for = 61), 'data/el-salvador-exception.json: extension 4 (id "extension 43"), field "votes": received {"for":61,"of":60}; expected no more votes than seats (60).'],
  // route-deaths.json and route-incidents.json
  ['routeDeaths', 'a yearly count is not negative', (d) => (d.byRoute[0].years[0].deadMissing = -1), 'data/route-deaths.json: byRoute 0 (id "US-Mexico border crossing"), field "years.0.deadMissing": received -1; expected a value >= 0.'],
  ['routeIncidents', 'an incident counts at least one person (0 fails, not only negatives)', (d) => (d.incidents[0].deadMissing = 0), 'data/route-incidents.json: incident 0 (id "2014.MMP00001"), field "deadMissing": received 0; expected a value > 0.'],
  ['routeIncidents', 'an incident lies inside the frame (longitude)', (d) => (d.incidents[0].lon = -130), 'data/route-incidents.json: incident 0 (id "2014.MMP00001"), field "lon": received -130; expected a longitude inside the frame (-118…-80).'],
  ['routeIncidents', 'an incident lies inside the frame (latitude)', (d) => (d.incidents[0].lat = 40), 'data/route-incidents.json: incident 0 (id "2014.MMP00001"), field "lat": received 40; expected a latitude inside the frame (7.5…34.5).'],
];

describe('the loaders’ rules, each tripped by one fault in the real file', () => {
  it.each(Object.keys(LOADERS))('the real %s file passes as committed', (name) => {
    const [file, parse] = LOADERS[name]!;
    expect(() => parse(real(file), ids)).not.toThrow();
  });

  it.each(CASES)('%s: %s', (name, _rule, spoil, message) => {
    const [file, parse] = LOADERS[name]!;
    const data = real(file);
    spoil(data);
    expect(() => parse(data, ids)).toThrow(message);
  });
});
