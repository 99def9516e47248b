import type { deaths as en } from '../en/deaths';

/** Spanish strings of the deaths-by-year chart. */
export const deaths = {
  'deaths.title': 'Muertes registradas en la frontera entre México y EE. UU., por año',
  'deaths.desc.usbp':
    'Gráfico de líneas de las muertes de migrantes que registró la Patrulla Fronteriza en la frontera suroeste, por año fiscal, de {first} a {last}. Los años para los que no encontramos cifra quedan como huecos. El máximo es {max} en el año fiscal {maxYear}.',
  'deaths.desc.iom':
    'Gráfico de líneas de las muertes y desapariciones que registró el Proyecto Migrantes Desaparecidos de la OIM en la ruta fronteriza México–EE. UU., por año calendario, de {first} a {last}. Los años para los que no encontramos cifra son huecos. El máximo es {max} en {maxYear}.',
  'deaths.switch.label': 'Fuente del conteo',
  'deaths.switch.usbp': 'Patrulla Fronteriza',
  'deaths.switch.iom': 'OIM, Migrantes Desaparecidos',
  'deaths.why.usbp':
    'La Patrulla Fronteriza cuenta los cuerpos que sus agentes encontraron o atendieron del lado estadounidense, por año fiscal (de octubre a septiembre). A menudo quedan fuera las muertes halladas por alguaciles o médicos forenses.',
  'deaths.why.iom':
    'La Agencia de la ONU para la Migración cuenta a los muertos y desaparecidos de ambos lados de la frontera, por año calendario, con datos de médicos forenses, medios y ONG. Sus cifras son estimaciones mínimas y se revisan después.',
  'deaths.series.usbp': 'Patrulla Fronteriza, última cifra que encontramos',
  'deaths.series.usbp-cbs': 'Conteo interno de la Patrulla Fronteriza, según CBS News',
  'deaths.series.iom-usmx': 'OIM, ruta de la frontera México–EE. UU., tal como se publicó en su momento (estimaciones mínimas)',
  'deaths.axis.year.usbp': 'Año fiscal',
  'deaths.axis.year.iom': 'Año calendario',
  'deaths.axis.value': 'Muertes',
  'deaths.axis.valueIom': 'Muertos y desaparecidos',
  'deaths.caption':
    'Cada punto es una cifra publicada; los huecos son años para los que no encontramos ninguna cifra en las fuentes que pudimos consultar. Los dos conteos miden cosas distintas: no se pueden sumar ni comparar año por año.',
  'deaths.table.year': 'Año',
  'deaths.table.series': 'Serie',
  'deaths.table.value': 'Conteo',
  'deaths.table.source': 'Fuente',
  'deaths.table.note': 'Nota',
  'deaths.tooltip.other': 'Otros conteos reportados',
  'deaths.legend.gap': 'Hueco: no encontramos cifra',
} satisfies Record<keyof typeof en, string>;
