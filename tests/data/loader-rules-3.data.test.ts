import { describe, expect, it } from 'vitest';
import { ids, real, type Json } from './spoiled';
import { parseAgreements } from '../../src/lib/data/agreements';
import { parseBiometricDatabases } from '../../src/lib/data/biometricDatabases';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { parseGlossary } from '../../src/lib/data/glossary';
import { parseRouteDeaths, parseRouteIncidents } from '../../src/lib/data/routeDeaths';

/**
 * Still more of the loaders' rules, one spoiled copy of the real file each, with the exact
 * message: unique keys in every collection of the IDENT/HART, El Salvador, glossary, route and
 * agreements files (the message names the field, the collection and the file), every place a
 * record cites a source, and the edges of the order and range rules (equal is allowed, one past
 * is not). Found by applying Stryker's surviving mutants of src/lib/data by hand.
 */
const PARSERS = {
  agreements: ['agreements.json', parseAgreements],
  databases: ['biometric-databases.json', parseBiometricDatabases],
  elSalvador: ['el-salvador-exception.json', parseElSalvador],
  glossary: ['glossary.json', parseGlossary],
  deaths: ['route-deaths.json', parseRouteDeaths],
  incidents: ['route-incidents.json', parseRouteIncidents],
} as const;
type Key = keyof typeof PARSERS;
const parse = (key: Key, spoil: (d: Json) => void) => {
  const [file, parser] = PARSERS[key];
  const data = real(file);
  spoil(data);
  return () => parser(data, ids);
};
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);

const CASES: [Key, string, (d: Json) => void, string][] = [
  // IDENT/HART: unique ids per collection
  ['databases', 'notFound ids are unique', (d) => d.ident.notFound.push({ ...d.ident.notFound[0] }), 'data/biometric-databases.json: notFound 2 (id "ident-260m"), field "id": received "ident-260m"; expected a value not already used by notFound 0.'],
  ['databases', 'fact ids are unique', (d) => d.hart.facts.push({ ...d.hart.facts[0] }), 'data/biometric-databases.json: fact 7 (id "hart-purpose"), field "id": received "hart-purpose"; expected a value not already used by fact 0.'],
  ['databases', 'modality ids are unique', (d) => d.hart.modalities.push({ ...d.hart.modalities[0] }), 'data/biometric-databases.json: modality 6 (id "fingerprint"), field "id": received "fingerprint"; expected a value not already used by modality 0.'],
  ['databases', 'milestone ids are unique', (d) => d.hart.schedule.milestones.push({ ...d.hart.schedule.milestones[0] }), 'data/biometric-databases.json: milestone 4 (id "ioc-2019"), field "id": received "ioc-2019"; expected a value not already used by milestone 0.'],
  ['databases', 'slip ids are unique', (d) => d.hart.schedule.slips.push({ ...d.hart.schedule.slips[0] }), 'data/biometric-databases.json: slip 1 (id "ioc-slip-2022"), field "id": received "ioc-slip-2022"; expected a value not already used by slip 0.'],
  ['databases', 'risk ids are unique', (d) => d.hart.risks.push({ ...d.hart.risks[0] }), 'data/biometric-databases.json: risk 6 (id "manual-derogatory"), field "id": received "manual-derogatory"; expected a value not already used by risk 0.'],
  // IDENT/HART: sources
  ['databases', 'the origin cites a known source', (d) => (d.ident.origin.source = 'nope'), 'data/biometric-databases.json: origin 0, field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['databases', 'a count cites a known source', (d) => (d.ident.counts[0].source = 'nope'), 'data/biometric-databases.json: count 0 (id "ident-2013"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['databases', 'a count’s report is a known source', (d) => (d.ident.counts.find((c: Json) => c.reports).reports = 'nope'), 'data/biometric-databases.json: count 5 (id "ident-2021"), field "reports": received "nope"; expected the id of a source in data/sources.json.'],
  ['databases', 'a claim not found names a known source', (d) => (d.ident.notFound[0].claimedBy = 'nope'), 'data/biometric-databases.json: notFound 0 (id "ident-260m"), field "claimedBy": received "nope"; expected the id of a source in data/sources.json.'],
  ['databases', 'a fact’s report is a known source', (d) => (d.hart.facts.find((f: Json) => f.reports).reports = 'nope'), 'data/biometric-databases.json: fact 5 (id "hart-cost-2022"), field "reports": received "nope"; expected the id of a source in data/sources.json.'],
  // El Salvador: unique ids
  ['elSalvador', 'trigger ids are unique', (d) => d.trigger.push({ ...d.trigger[0] }), 'data/el-salvador-exception.json: trigger 3 (id "homicides-62"), field "id": received "homicides-62"; expected a value not already used by trigger 0.'],
  ['elSalvador', 'right ids are unique', (d) => d.rights.push({ ...d.rights[0] }), 'data/el-salvador-exception.json: right 4 (id "defence"), field "id": received "defence"; expected a value not already used by right 0.'],
  ['elSalvador', 'release and abuse ids are unique together', (d) => (d.abuses[0].id = d.releases[0].id), 'data/el-salvador-exception.json: count 1 (id "releases-2026-02"), field "id": received "releases-2026-02"; expected a value not already used by count 0.'],
  // El Salvador: sources
  ['elSalvador', 'the decree cites a known source', (d) => (d.decree.source = 'nope'), 'data/el-salvador-exception.json: decree 0, field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'the decree’s vote cites a known source', (d) => (d.decree.votesSource = 'nope'), 'data/el-salvador-exception.json: decree 0, field "votesSource": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'a trigger cites a known source', (d) => (d.trigger[0].source = 'nope'), 'data/el-salvador-exception.json: trigger 0 (id "homicides-62"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'a trigger’s further sources are known', (d) => (d.trigger.find((t: Json) => t.alsoSources).alsoSources[0] = 'nope'), 'data/el-salvador-exception.json: trigger 0 (id "homicides-62"), field "alsoSources.0": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'a right cites a known source', (d) => (d.rights[0].source = 'nope'), 'data/el-salvador-exception.json: right 0 (id "defence"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'the count to date cites a known source', (d) => (d.extensionsToDate.source = 'nope'), 'data/el-salvador-exception.json: extensionsToDate 0, field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'an extension cites a known source', (d) => (d.extensions[0].source = 'nope'), 'data/el-salvador-exception.json: extension 0, field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'a detention cites a known source', (d) => (d.detentions[0].source = 'nope'), 'data/el-salvador-exception.json: detention 0 (id "detentions-2022-04"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'a release cites a known source', (d) => (d.releases[0].source = 'nope'), 'data/el-salvador-exception.json: release 0 (id "releases-2026-02"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'an abuse cites a known source', (d) => (d.abuses[0].source = 'nope'), 'data/el-salvador-exception.json: abuse 0 (id "complaints-2026-02"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['elSalvador', 'no more votes for and against than seats', (d) => (d.extensions[7].votes = { for: 50, against: 11, of: 60 }), 'data/el-salvador-exception.json: extension 7 (id "extension 48"), field "votes": received {"for":50,"against":11,"of":60}; expected no more votes than seats (60).'],
  // Glossary
  ['glossary', 'term ids are unique', (d) => d.terms.push({ ...d.terms[0] }), 'data/glossary.json: term 29 (id "asylum"), field "id": received "asylum"; expected a value not already used by term 0.'],
  ['glossary', 'terms are unique, whatever their case', (d) => d.terms.push({ ...d.terms[0], id: 'copy', term: d.terms[0].term.toUpperCase() }), 'data/glossary.json: term 29 (id "copy"), field "term": received "asylum"; expected a value not already used by term 0.'],
  ['glossary', 'a term cites a known source', (d) => (d.terms[0].source = 'nope'), 'data/glossary.json: term 0 (id "asylum"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  // Route deaths and incidents
  ['deaths', 'region keys are unique', (d) => d.byRegion.push({ ...d.byRegion[0] }), 'data/route-deaths.json: byRegion 4 (id "North America"), field "key": received "North America"; expected a value not already used by byRegion 0.'],
  ['deaths', 'a route’s years do not repeat', (d) => (d.byRoute[0].years[1].year = d.byRoute[0].years[0].year), 'data/route-deaths.json: byRoute 0 (id "US-Mexico border crossing"), field "years.1.year": received 2014; expected a year after 2014 (ascending, no duplicates).'],
  ['deaths', 'a region’s years do not repeat', (d) => (d.byRegion[0].years[1].year = d.byRegion[0].years[0].year), 'data/route-deaths.json: byRegion 0 (id "North America"), field "years.1.year": received 2014; expected a year after 2014 (ascending, no duplicates).'],
  ['incidents', 'a point south of the frame', (d) => (d.incidents[0].lat = d.frame[0][1] - 0.5), 'data/route-incidents.json: incident 0 (id "2014.MMP00001"), field "lat": received 7; expected a latitude inside the frame (7.5…34.5).'],
  ['incidents', 'a point north of the frame', (d) => (d.incidents[0].lat = d.frame[1][1] + 0.5), 'data/route-incidents.json: incident 0 (id "2014.MMP00001"), field "lat": received 35; expected a latitude inside the frame (7.5…34.5).'],
  // Agreements
  ['agreements', 'a party is listed once', (d) => d.records[0].parties.push('MEX'), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "parties.2": received "MEX"; expected a country listed once (it is already parties.1).'],
  ['agreements', 'an update needs a signing date', (d) => Object.assign(d.records[0], { dateSigned: null, dateNote: 'Undated.' }), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "dateSigned": received null; expected a date when dateUpdated is set.'],
  ['agreements', 'an update on the day of signing is not an update', (d) => (d.records[0].dateUpdated = d.records[0].dateSigned), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "dateUpdated": received "2013"; expected a date after dateSigned (2013).'],
  ['agreements', 'a flow and its reverse are the same flow', (d) => d.records[0].flows.push({ ...d.records[0].flows[0], from: d.records[0].flows[0].to, to: d.records[0].flows[0].from }), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "flows.1": received "USA → MEX"; expected a pair of countries no other flow joins (flows.0 joins the same two, MEX → USA; a flow runs both ways).'],
  ['agreements', 'not-stated sharing with flows', (d) => Object.assign(d.records[0], { dataSharing: 'not-stated', dataCategories: [] }), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "dataSharing": received "not-stated"; expected "stated" when the record has flows or data categories.'],
  ['agreements', 'not-stated sharing with data categories', (d) => Object.assign(d.records[0], { dataSharing: 'not-stated', flows: [] }), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "dataSharing": received "not-stated"; expected "stated" when the record has flows or data categories.'],
  ['agreements', 'a quote of 25 words', (d) => (d.records[0].quotes[0].text = words(25).join(' ')), 'data/agreements.json: record 0 (id "usa-mex-moc-2013"), field "quotes.0.text": received "25 words"; expected at most 24 words.'],
  ['agreements', 'figure keys are unique', (d) => d.records[1].figures.push({ ...d.records[1].figures[0] }), 'data/agreements.json: record 1 (id "mex-inm-dhs-terminals"), field "figures.4.key": received "stations"; expected a key no other figure of the record uses (figures.0 has it).'],
  ['agreements', 'a figure cites a known source', (d) => (d.records[1].figures[0].source = 'nope'), 'data/agreements.json: record 1 (id "mex-inm-dhs-terminals"), field "figures.0.source": received "nope"; expected the id of a source in data/sources.json.'],
];

describe('still more loader rules, each tripped by one fault in the real file', () => {
  it.each(CASES)('%s: %s', (key, _rule, spoil, message) => {
    expect(parse(key, spoil)).toThrow(message);
  });
});

const EDGES: [Key, string, (d: Json) => void][] = [
  ['databases', 'a count’s latest date may be its date', (d) => (d.ident.counts[0].dateLatest = d.ident.counts[0].date)],
  ['databases', 'two counts may share a date', (d) => (d.ident.counts[1].date = d.ident.counts[0].date)],
  ['databases', 'an official count may equal the one before', (d) => (d.ident.counts[1].identities.value = d.ident.counts[0].identities.value)],
  ['elSalvador', 'an extension may be approved on the day of the decree', (d) => (d.extensions[0].approved = d.decree.date)],
  ['elSalvador', 'two extensions may be approved in the same month', (d) => (d.extensions[1].approved = d.extensions[0].approved)],
  ['elSalvador', 'an extension may end the day it starts', (d) => (d.extensions[5].inForceUntil = d.extensions[5].inForceFrom)],
  ['elSalvador', 'votes for and against may fill every seat', (d) => (d.extensions[7].votes = { for: 59, against: 1, of: 60 })],
  ['elSalvador', 'a detention count may date from the decree', (d) => (d.detentions[0].date = d.decree.date)],
  ['elSalvador', 'two detention counts may share a date', (d) => (d.detentions[1].date = d.detentions[0].date)],
  ['elSalvador', 'a detention count may equal the one before', (d) => (d.detentions[1].value = d.detentions[0].value)],
  ['incidents', 'a point on the frame’s west edge', (d) => (d.incidents[0].lon = d.frame[0][0])],
  ['incidents', 'a point on the frame’s east edge', (d) => (d.incidents[0].lon = d.frame[1][0])],
  ['incidents', 'a point on the frame’s south edge', (d) => (d.incidents[0].lat = d.frame[0][1])],
  ['incidents', 'a point on the frame’s north edge', (d) => (d.incidents[0].lat = d.frame[1][1])],
  ['agreements', 'a quote of exactly 24 words', (d) => (d.records[0].quotes[0].text = words(24).join(' '))],
  ['agreements', 'a quote of 24 words with space around it', (d) => (d.records[0].quotes[0].text = ` ${words(24).join(' ')} `)],
  ['agreements', 'a quote of 24 words with double spaces', (d) => (d.records[0].quotes[0].text = words(24).join('  '))],
];

describe('the edges of the same rules: equal is allowed', () => {
  it.each(EDGES)('%s: %s', (key, _rule, spoil) => {
    expect(parse(key, spoil)).not.toThrow();
  });
});
