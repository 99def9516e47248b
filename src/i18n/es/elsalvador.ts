import type { elsalvador as en } from '../en/elsalvador';

/** Spanish strings of the El Salvador state-of-exception figure (“régimen de excepción”; an extension is a “prórroga”). */
export const elsalvador = {
  'elsalvador.allStates': 'Las demás vistas del gráfico, paso a paso como en el reportaje',
  'elsalvador.title': 'Personas detenidas durante el régimen de excepción en El Salvador',
  'elsalvador.desc':
    'Gráfico de líneas del número acumulado de personas detenidas durante el régimen de excepción en El Salvador, según el gobierno, de {first} a {last}. Los triángulos marcan cifras de “más de”; los círculos vacíos, cifras de “cerca de”. El conteo sube de {firstValue} a {lastValue}.',
  'elsalvador.axis.value': 'Personas detenidas (acumulado)',
  'elsalvador.axis.year': 'Año',
  'elsalvador.decree': 'Decreto: {date}',
  'elsalvador.extensionsLabel': 'Prórroga n.º',
  'elsalvador.step.declared': 'El decreto de la Asamblea Legislativa llegó tras {trigger} homicidios en un solo día.',
  'elsalvador.step.one-year': '{extension} prórrogas en el primer año, cada una de 30 días.',
  'elsalvador.step.to-2026': 'Cada marca es un informe del gobierno; la {nth} prórroga llegó en {asOf}.',
  'elsalvador.step.abuses':
    'Denuncias, sobre todo por detención arbitraria y tortura, y muertes bajo custodia, según los conteos de organizaciones de derechos humanos.',
  'elsalvador.other.detained': 'Detenidos',
  'elsalvador.other.released': 'Liberados (gobierno)',
  'elsalvador.other.complaints': 'Denuncias (ONG)',
  'elsalvador.other.deaths-in-custody': 'Muertes bajo custodia (ONG)',
  'elsalvador.short.detained': 'Detenidos',
  'elsalvador.short.released': 'Liberados',
  'elsalvador.short.complaints': 'Denuncias',
  'elsalvador.short.deaths-in-custody': 'Muertes bajo custodia',
  'elsalvador.tip.extension': 'Cifra reportada con la {nth} prórroga',
  'elsalvador.tip.noExtension': 'La fuente no numera la prórroga',
  'elsalvador.legend.asStated': 'Cifra tal cual',
  'elsalvador.legend.lowerBound': '“Más de”: un mínimo',
  'elsalvador.legend.approx': '“Cerca de”',
  'elsalvador.legend.extension': 'Prórroga aprobada',
  'elsalvador.caption':
    'Detenciones acumuladas según el gobierno salvadoreño al prorrogar la medida; cada marca es un informe; solo marcamos las prórrogas de las que encontramos fuente. Las denuncias y muertes bajo custodia las cuentan grupos de derechos humanos, no el gobierno.',
  'elsalvador.table.date': 'Fecha',
  'elsalvador.table.what': 'Qué',
  'elsalvador.table.value': 'Conteo',
  'elsalvador.table.extension': 'Prórroga',
  'elsalvador.table.source': 'Fuente',
  'elsalvador.table.quote': 'En palabras de la fuente',
  'elsalvador.table.detentions': 'Personas detenidas (acumulado, gobierno)',
  'elsalvador.table.trigger': 'Homicidios antes del decreto ({period})',
  'elsalvador.table.other': 'Otras cifras del mismo informe',
  'elsalvador.table.othersCaption': 'Homicidios antes del decreto, liberaciones, denuncias y muertes bajo custodia',
  'elsalvador.table.extensionsCaption':
    'Prórrogas para las que encontramos fuente, con la votación (a favor–en contra / escaños) cuando se reportó',
  'elsalvador.table.storyUses': 'usada en el reportaje',
} satisfies Record<keyof typeof en, string>;
