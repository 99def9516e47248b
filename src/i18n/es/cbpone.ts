import type { cbpone as en } from '../en/cbpone';

/** Spanish strings of the CBP One figure. */
export const cbpone = {
  'cbpone.title': 'CBP One, del lanzamiento al cierre',
  'cbpone.desc.collects':
    'Línea de tiempo de CBP One desde su lanzamiento, el {launch}, hasta su cierre, el {shutdown}, con {events} eventos. Debajo, lo que recopila la aplicación: {collects}.',
  'cbpone.desc.regions':
    'Línea de tiempo de CBP One de {launch} a {shutdown}. Debajo, una tabla de dónde tenía que estar una persona para pedir una cita en cada periodo: {periods}. No se publicó ninguna distancia ni radio.',
  'cbpone.desc.demand':
    'Gráfico de unidades en el que cada cuadro representa {per} personas. Las {slots} citas diarias suman {slotSquares} cuadros; las {people} personas que compiten por ellas suman {peopleSquares} cuadros.',
  'cbpone.desc.total':
    'Gráfico de unidades en el que cada cuadro representa {per} citas: {made} citas agendadas de enero de 2023 a agosto de 2024, y {cancelled} citas canceladas con el cierre del {shutdown}.',
  'cbpone.switch.label': 'Ver',
  'cbpone.switch.collects': 'Qué recopila',
  'cbpone.switch.geofence': 'Dónde funcionaba',
  'cbpone.switch.scarcity': 'Citas y demanda',
  'cbpone.switch.shutdown': 'Cierre',
  'cbpone.state.collects': 'CBP One, lanzada el {launch}, recopila: {collects}.',
  'cbpone.state.geofence': 'Solo quienes estaban en ciertas regiones de México podían pedir una cita; el área se amplió el {expanded}.',
  'cbpone.state.scarcity': '{slots} citas al día frente a {people} personas en espera.',
  'cbpone.state.shutdown': '{made} citas y luego el cierre, el {shutdown}: {cancelled} canceladas.',
  'cbpone.panel.collects': 'Lo que recopila la aplicación',
  'cbpone.panel.regions': 'Dónde había que estar para pedir cita',
  'cbpone.panel.demand': 'Citas diarias frente a personas en espera',
  'cbpone.panel.total': 'Citas agendadas y canceladas',
  'cbpone.since': 'desde {date}',
  'cbpone.regions.allowed': 'con acceso',
  'cbpone.regions.blocked': 'sin acceso',
  'cbpone.regions.noRadius': 'No encontramos ninguna distancia ni radio publicados.',
  'cbpone.legend.people': 'Cada cuadro = {n} personas',
  'cbpone.legend.appointments': 'Cada cuadro = {n} citas',
  'cbpone.demand.slots': '{n} citas al día',
  'cbpone.demand.people': '{n} personas compiten por ellas',
  'cbpone.demand.ratio': 'Unas {n} personas por cada cita diaria',
  'cbpone.demand.ratioNote': 'Cálculo propio: personas en espera ÷ citas diarias.',
  'cbpone.timeline.label': 'Eventos de la línea de tiempo',
  'cbpone.caption':
    'La línea de tiempo marca cada evento fechado para el que encontramos fuente. Cada cuadro equivale al número de personas o citas que indica la leyenda; un cuadro incompleto es una fracción. La demanda: promedio de fines de 2024.',
  'cbpone.table.date': 'Fecha',
  'cbpone.table.event': 'Evento',
  'cbpone.table.figures': 'Cifras',
  'cbpone.table.source': 'Fuente',
  'cbpone.table.ports': 'Puertos de entrada donde se ofrecían citas',
  'cbpone.table.port': 'Puerto',
  'cbpone.table.state': 'Estado',
  'cbpone.table.coords': 'Longitud, latitud',
  'cbpone.table.noCoords': 'no encontradas',
  'cbpone.table.missing': 'No encontrado',
} satisfies Record<keyof typeof en, string>;
