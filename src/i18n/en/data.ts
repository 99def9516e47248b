/** English strings of the data downloads and data pages. */
export const data = {
  'data.title': 'Data',
  'data.description':
    'Download every dataset behind Smart Borders as JSON or CSV, with metadata, sources, licence and a suggested citation.',
  'data.intro':
    'Every number in this story comes from one of these datasets. Each is published as JSON (the validated file), as CSV (one flat row per value) and with a metadata file naming its columns, units, sources, licence, version and build date.',
  'data.summaryCaption': 'Published datasets',
  'data.col.dataset': 'Dataset',
  'data.col.records': 'Records',
  'data.col.sources': 'Sources cited',
  'data.col.licence': 'Licence',
  'data.col.version': 'Version',
  'data.col.downloads': 'Downloads',
  'data.sourcesSelf': 'n/a (registry)',
  'data.download.json': 'JSON',
  'data.download.csv': 'CSV',
  'data.download.meta': 'Metadata',
  'data.download.of': '{format} of {title}',
  'data.withheld': 'Download withheld: {reason}',
  'data.columnsCaption': 'Columns of {title} (CSV)',
  'data.col.columnTypeUnit': 'Column (type · unit)',
  'data.typeUnit': '{type} · {unit}',
  // A column's type as the metadata names it (Table Schema types); the metadata files keep these keys.
  'data.type.string': 'string',
  'data.type.integer': 'integer',
  'data.type.number': 'number',
  'data.type.boolean': 'boolean',
  'data.type.date': 'date',
  'data.col.description': 'Description',
  'data.counts': '{records} records, {rows} CSV rows; {size}. Version {version}, built {date}.',
  'data.downloadSizes': 'JSON {json} KB, CSV {csv} KB',
  'data.fileSize': 'file {kb} KB',
  'data.citeTitle': 'How to cite the data',
  'data.citeIntro':
    'Cite the dataset with its version, so that others can find the exact file you used, and credit the original publishers listed in its metadata and on the sources page.',
  'data.licenceTitle': 'Licence',
  'data.licenceSite':
    'Our compilations and derived data are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may share and adapt them with credit to Smart Borders.',
  'data.licenceSources':
    'The figures themselves are facts reported by the publishers on the sources page, who keep their own terms. The IOM Missing Migrants Project publishes its data under CC BY 4.0 too: credit “IOM’s Missing Migrants Project” and say that we changed the data (we select, aggregate and simplify it).',
  'data.licenceWithheld':
    'When a source forbids redistribution, we do not publish that dataset’s download: this page lists it with the reason, and the story still cites the source.',
  'data.tidy': 'One CSV per kind of record (one row per thing, only its columns; units in the metadata):',
  'data.citeDataset': 'Cite this dataset: {title}',
  'data.sourcesLink': 'All sources',
} as const;
