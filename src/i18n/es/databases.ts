import type { databases as en } from '../en/databases';

/** Spanish strings of the IDENT/HART databases figure (and the count qualifiers both of this helper's figures use). */
export const databases = {
  // A figure given as stated takes no qualifier word, in either language.
  'databases.qualifier.as-stated': '{n}',
  'databases.qualifier.about': 'cerca de {n}',
  'databases.qualifier.nearly': 'casi {n}',
  'databases.qualifier.more-than': 'más de {n}',
  'databases.qualifier.at-least': 'al menos {n}',

  'databases.allStates': 'Las demás vistas del gráfico, paso a paso como en el reportaje',
  'databases.title': 'IDENT, cada vez más grande, y HART: la base de datos que debe sustituirla',
  'databases.desc.ident-growth':
    'Gráfico de puntos de las identidades en IDENT, la base de datos biométricos del Departamento de Seguridad Nacional, de {first} a {last}. Los conteos oficiales suben de {firstValue} a {lastValue}; la mayoría de las cifras posteriores son mínimos (“más de”). Aparte, la cifra menor de un proveedor.',
  'databases.desc.hart-schedule':
    'Línea de tiempo de las fechas previstas para completar HART. Con el plan de 2019, la capacidad inicial llegaría en {ioc2019}; el plan de 2022 la pasó a {ioc2022}, {months} meses después. El programa completo, previsto para {full2019} en 2019, no tenía fecha en 2022. Costo total estimado: {cost}.',
  'databases.desc.risks':
    'Cuadrícula de {count} riesgos de HART y quién señaló cada uno: el Departamento de Seguridad Nacional (según el artículo de origen), la Oficina de Rendición de Cuentas del Gobierno o la Electronic Frontier Foundation.',
  'databases.axis.identities': 'Identidades en IDENT',
  'databases.axis.year': 'Año',
  'databases.step.ident-growth':
    'La mayoría de las cifras son mínimos (“más de”): el número real puede ser mayor. Aparte se muestra la cifra menor que da un proveedor.',
  'databases.step.hart-schedule': 'Fechas previstas en los planes de 2019 y 2022; en 2022, el programa completo no tenía fecha prevista.',
  'databases.step.risks': 'Cada cuadro es un riesgo, marcado según quién lo señaló.',
  'databases.legend.official': 'Conteo oficial',
  'databases.legend.lowerBound': '“Más de”: un mínimo',
  'databases.legend.vendor': 'Según el proveedor',
  'databases.legend.range': 'Sin fecha: 2016–17',
  'databases.schedule.initial-operating-capability': 'Capacidad inicial',
  'databases.schedule.full-programme': 'Programa completo',
  'databases.schedule.plan': 'Plan de {year}',
  'databases.schedule.notPlanned': 'sin fecha prevista (2022)',
  'databases.schedule.slip': '+{months} meses',
  'databases.schedule.notOperational': 'No operativo, ago 2024',
  'databases.schedule.cost': 'Costo total estimado (2021): {cost}',
  'databases.schedule.hosting': 'Alojamiento: {hosting}',
  // A product name.
  'databases.hosting.short': 'AWS GovCloud',
  'databases.risks.raisedBy': 'Señalado por',
  'databases.risks.onlyArticle': 'Conocido solo por el artículo de origen',
  'databases.risks.direct': 'En el propio informe de quien lo señaló',
  // Acronyms Spanish-language media keep.
  'databases.raiser.DHS': 'DHS',
  'databases.raiser.GAO': 'GAO',
  'databases.raiser.EFF': 'EFF',
  'databases.raiserLong.DHS': 'Departamento de Seguridad Nacional',
  'databases.raiserLong.GAO': 'Oficina de Rendición de Cuentas del Gobierno',
  // The foundation's own name, which Spanish-language media do not translate.
  'databases.raiserLong.EFF': 'Electronic Frontier Foundation',
  'databases.tip.vendor': 'Afirmación comercial de un proveedor, no un conteo oficial',
  'databases.tip.dateRange': 'Fecha incierta: {from}–{to}',
  'databases.tip.transactions': '{n} transacciones al día',
  'databases.caption':
    'El tamaño de IDENT según el Departamento de Seguridad Nacional (DHS), auditores del gobierno y la prensa; la mayoría de las cifras posteriores son mínimos. No hallamos fuente para los “más de 270 millones” que el ensayo atribuye a HART.',
  'databases.table.ident': 'IDENT a lo largo del tiempo',
  'databases.table.schedule': 'Calendario de HART',
  'databases.table.facts': 'Datos sobre HART',
  'databases.table.risks': 'Riesgos',
  'databases.table.notFound': 'Cifras no encontradas',
  'databases.table.date': 'Fecha',
  'databases.table.identities': 'Identidades',
  'databases.table.transactions': 'Transacciones al día',
  'databases.table.source': 'Fuente',
  'databases.table.note': 'Nota',
  'databases.table.milestone': 'Hito',
  'databases.table.baseline': 'Plan de',
  'databases.table.planned': 'Fin previsto',
  'databases.table.risk': 'Riesgo',
  'databases.table.raisedBy': 'Señalado por',
  'databases.table.claim': 'Afirmación',
  'databases.table.tried': 'Qué buscamos',
  'databases.table.vendor': 'cifra de un proveedor',
  'databases.table.watchlist': 'Lista de vigilancia: {count} registros.',
  'databases.modality.possibleLater': 'quizá más adelante',
} satisfies Record<keyof typeof en, string>;
