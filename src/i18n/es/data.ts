import type { data as en } from '../en/data';

/** Spanish strings of the data downloads and data pages. */
export const data = {
  'data.title': 'Datos',
  'data.description':
    'Descargue en JSON o CSV todos los conjuntos de datos de Smart Borders, con metadatos, fuentes, licencia y una cita sugerida.',
  'data.intro':
    'Cada cifra de este reportaje proviene de uno de estos conjuntos de datos. Todos se publican en JSON (el archivo validado), en CSV (una fila por valor) y con un archivo de metadatos que indica sus columnas, unidades, fuentes, licencia, versión y fecha de generación.',
  'data.summaryCaption': 'Conjuntos de datos publicados',
  'data.col.dataset': 'Conjunto de datos',
  'data.col.records': 'Registros',
  'data.col.sources': 'Fuentes citadas',
  'data.col.licence': 'Licencia',
  'data.col.version': 'Versión',
  'data.col.downloads': 'Descargas',
  'data.sourcesSelf': 'no aplica (registro de fuentes)',
  // File formats, written the same in Spanish.
  'data.download.json': 'JSON',
  'data.download.csv': 'CSV',
  'data.download.meta': 'Metadatos',
  'data.download.of': '{format} de {title}',
  'data.withheld': 'Descarga no publicada: {reason}',
  'data.columnsCaption': 'Columnas de {title} (CSV)',
  'data.col.columnTypeUnit': 'Columna (tipo · unidad)',
  'data.typeUnit': '{type} · {unit}',
  'data.type.string': 'texto',
  'data.type.integer': 'entero',
  'data.type.number': 'número',
  'data.type.boolean': 'booleano',
  'data.type.date': 'fecha',
  'data.col.description': 'Descripción',
  'data.counts': '{records} registros, {rows} filas en CSV; {size}. Versión {version}, generada el {date}.',
  'data.downloadSizes': 'JSON {json} KB, CSV {csv} KB',
  'data.fileSize': 'archivo de {kb} KB',
  'data.citeTitle': 'Cómo citar los datos',
  'data.citeIntro':
    'Cite el conjunto de datos con su versión, para que otras personas encuentren el archivo exacto que usted usó, y dé crédito a quienes publicaron originalmente las cifras, que figuran en sus metadatos y en la página de fuentes.',
  'data.licenceTitle': 'Licencia',
  'data.licenceSite':
    'Nuestras compilaciones y datos derivados se publican bajo la licencia Creative Commons Atribución 4.0 Internacional (CC BY 4.0): puede compartirlos y adaptarlos dando crédito a Smart Borders.',
  'data.licenceSources':
    'Las cifras en sí son hechos que reportaron quienes las publicaron, citados en la página de fuentes, y que mantienen sus propias condiciones. El Proyecto Migrantes Desaparecidos de la OIM también publica sus datos bajo CC BY 4.0: dé crédito al “Proyecto Migrantes Desaparecidos de la OIM” e indique que modificamos los datos (los seleccionamos, agregamos y simplificamos).',
  'data.licenceWithheld':
    'Cuando una fuente prohíbe redistribuir sus datos, no publicamos la descarga de ese conjunto: esta página lo incluye con el motivo, y el reportaje sigue citando la fuente.',
  'data.tidy': 'Un CSV por tipo de registro (una fila por elemento, solo con sus columnas; las unidades están en los metadatos):',
  'data.citeDataset': 'Cómo citar este conjunto de datos: {title}',
  'data.sourcesLink': 'Todas las fuentes',
} satisfies Record<keyof typeof en, string>;
