/** English strings of the deaths-by-year chart. */
export const deaths = {
  'deaths.title': 'Deaths recorded at the U.S.–Mexico border, by year',
  'deaths.desc.usbp':
    'A line chart of migrant deaths recorded by the U.S. Border Patrol on the southwest border by fiscal year, from {first} to {last}. Years for which we found no figure are left as gaps. The count peaks at {max} in fiscal {maxYear}.',
  'deaths.desc.iom':
    'A line chart of deaths and disappearances recorded by the IOM Missing Migrants Project on the U.S.–Mexico border route by calendar year, from {first} to {last}. Years for which we found no figure are gaps. The highest count is {max} in {maxYear}.',
  'deaths.switch.label': 'Whose count',
  'deaths.switch.usbp': 'U.S. Border Patrol',
  'deaths.switch.iom': 'IOM Missing Migrants',
  'deaths.why.usbp':
    'Border Patrol counts bodies its agents found or handled on the U.S. side, by fiscal year (October to September). Deaths found by sheriffs or medical examiners are often left out.',
  'deaths.why.iom':
    'The UN’s migration agency counts the dead and the missing on both sides of the border, by calendar year, from medical examiners, media and NGOs. Its figures are minimum estimates and are revised later.',
  'deaths.series.usbp': 'Border Patrol, latest figure we found',
  'deaths.series.usbp-cbs': 'Border Patrol internal count, as reported by CBS News',
  'deaths.series.iom-usmx': 'IOM, U.S.–Mexico border route, as published at the time (minimum estimates)',
  'deaths.axis.year.usbp': 'Fiscal year',
  'deaths.axis.year.iom': 'Calendar year',
  'deaths.axis.value': 'Deaths',
  'deaths.axis.valueIom': 'Dead and missing',
  'deaths.caption':
    'Each dot is one published figure; gaps are years for which we found no figure in the sources we could check. The two counts measure different things and cannot be added or compared year for year.',
  'deaths.table.year': 'Year',
  'deaths.table.series': 'Series',
  'deaths.table.value': 'Count',
  'deaths.table.source': 'Source',
  'deaths.table.note': 'Note',
  'deaths.tooltip.other': 'Other reported counts',
  'deaths.legend.gap': 'Gap: no figure found',
} as const;
