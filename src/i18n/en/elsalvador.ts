/** English strings of the El Salvador state-of-exception figure. */
export const elsalvador = {
  'elsalvador.title': 'People detained under El Salvador’s state of exception',
  'elsalvador.desc':
    'A line chart of the cumulative number of people detained under El Salvador’s state of exception, as reported by the government, from {first} to {last}. Triangles mark “more than” figures, hollow circles “about” figures. The count rises from {firstValue} to {lastValue}.',
  'elsalvador.axis.value': 'People detained since the decree (cumulative)',
  'elsalvador.axis.year': 'Year',
  'elsalvador.decree': 'Decreed {date}',
  'elsalvador.extensionsLabel': 'Extension no.',
  'elsalvador.step.declared':
    'The Assembly decreed the state of exception on {date}, after {trigger} homicides in a single day. By April 2022 the government reported {value} people detained.',
  'elsalvador.step.one-year': 'After one year and {extension} extensions, the count had reached {value}.',
  'elsalvador.step.to-2026':
    'Renewed every 30 days, the measure reached its {nth} extension in {asOf}: {from} people detained by mid-2025, {value} by early 2026.',
  'elsalvador.step.abuses':
    'Human-rights organisations counted {complaints} complaints, mostly of arbitrary detention and torture, and {deaths} deaths in state custody. The government says it has released {released} people.',
  'elsalvador.other.detained': 'Detained',
  'elsalvador.other.released': 'Released (government)',
  'elsalvador.other.complaints': 'Complaints (NGOs)',
  'elsalvador.other.deaths-in-custody': 'Deaths in custody (NGOs)',
  'elsalvador.tip.extension': 'Reported with the {nth} extension',
  'elsalvador.tip.noExtension': 'Extension not numbered in the source',
  'elsalvador.legend.asStated': 'Figure as given',
  'elsalvador.legend.lowerBound': '“More than”: a minimum',
  'elsalvador.legend.approx': '“About”',
  'elsalvador.legend.extension': 'Extension approved',
  'elsalvador.caption':
    'Cumulative detentions as the Salvadoran government reported them when asking for or approving extensions; each mark is one report. Only the extensions we found a source for are marked. Complaints and deaths in custody are counted by human-rights organisations, not the government.',
  'elsalvador.table.date': 'Date',
  'elsalvador.table.what': 'What',
  'elsalvador.table.value': 'Count',
  'elsalvador.table.extension': 'Extension',
  'elsalvador.table.source': 'Source',
  'elsalvador.table.quote': 'In the source’s words',
  'elsalvador.table.detentions': 'People detained (cumulative, government)',
  'elsalvador.table.trigger': 'Homicides before the decree ({period})',
  'elsalvador.table.other': 'Other figures for the same report',
  'elsalvador.table.othersCaption': 'Homicides before the decree, releases, complaints and deaths in custody',
  'elsalvador.table.extensionsCaption': 'Extensions we found a source for, with the vote (in favour–against / seats) where reported',
  'elsalvador.table.storyUses': 'used in the story',
} as const;
