/**
 * Each published dataset's title and description in Spanish, for /es/data/ (our translation of the
 * catalog entries' English in this folder). Column descriptions, units and citations stay in
 * English, marked lang="en" on the Spanish page. tests/data/catalog-text-es.data.test.ts holds
 * these to the catalog: one entry per dataset, no other, and the same numbers as the English.
 */
export const CATALOG_TEXT_ES: Record<string, { title: string; description: string }> = {
  'border-deaths': {
    title: 'Muertes de personas migrantes en la frontera entre México y Estados Unidos, por año y según quién las contó',
    description:
      'Conteos anuales de tres series que se mantienen separadas: los de la Patrulla Fronteriza de EE. UU. por año fiscal (la cifra más reciente que encontramos para cada año; los primeros reportes que después se corrigieron se conservan como filas alternativas), los conteos internos de la Patrulla Fronteriza que informó CBS News y los del Proyecto Migrantes Desaparecidos de la OIM por año calendario, tal como se publicaron en su momento (la OIM los llama estimaciones mínimas, “las estimaciones más bajas disponibles”). Los conteos que no coinciden se conservan como filas alternativas; los años para los que no encontramos cifra no tienen fila.',
  },
  'route-deaths': {
    title: 'Personas migrantes muertas y desaparecidas en las Américas, por año, por ruta y por región',
    description:
      'Totales anuales calculados con todos los registros de la exportación del Proyecto Migrantes Desaparecidos de la OIM para las Américas (desde su primer año hasta la fecha de la copia): registros de incidentes y personas muertas y desaparecidas, una vez por ruta migratoria de la OIM y otra por región del incidente según la OIM, y totales por categoría de causa para cada ruta en todos los años. Los desgloses cuentan los mismos incidentes más de una vez, así que nunca deben sumarse entre sí; el último año está incompleto. Las cifras de la OIM son estimaciones mínimas. Agregados por nosotros a partir de los datos del Proyecto Migrantes Desaparecidos de la OIM (CC BY 4.0).',
  },
  'route-incidents': {
    title: 'Personas migrantes muertas y desaparecidas en el mapa de la ruta, una fila por incidente',
    description:
      'Incidentes de la exportación del Proyecto Migrantes Desaparecidos de la OIM para las Américas cuyas coordenadas caen dentro del marco del mapa de la ruta (de Centroamérica a la frontera de Estados Unidos), con año, personas muertas y desaparecidas, causa y país. Se dejan fuera los registros fuera del marco o sin coordenadas; el JSON indica cuántos en “dropped”. Seleccionados y simplificados por nosotros (coordenadas redondeadas, causas agrupadas) a partir de los datos del Proyecto Migrantes Desaparecidos de la OIM (CC BY 4.0).',
  },
  'biometric-databases': {
    title: 'IDENT y HART: la base de datos biométricos del DHS y su sustituta',
    description:
      'Los tamaños publicados de IDENT, la base de datos biométricos del Departamento de Seguridad Nacional, a lo largo del tiempo (identidades, transacciones por día, registros en listas de vigilancia, cada uno con el “más de” o el “cerca de” de su fuente, y las cifras oficiales separadas de las de los proveedores), cifras que circulan sin que ninguna fuente las respalde, y datos con fuente sobre HART, su sustituta: modalidades, costo, calendarios previstos y retrasos, y los riesgos que señalaron el DHS, la GAO y la EFF.',
  },
  'surveillance-tools': {
    title: 'Herramientas de vigilancia: quién entrega qué datos a ICE y a la CBP',
    description:
      'Una red de flujos de datos que van de corredores de datos, proveedores de vigilancia y plataformas tecnológicas a las agencias migratorias de Estados Unidos: quién entrega qué, por contrato o por citación, con valores de los contratos y número de registros (las cifras de otras fuentes se conservan como filas alternativas), pasos fechados, las adquisiciones que vinculan a los proveedores con sus dueños (con cada año que una fuente da para la operación), cifras relacionadas sobre torres y cámaras fronterizas, y las cifras que buscamos y no encontramos.',
  },
  'cbp-one': {
    title: 'La aplicación CBP One: cronología, citas y lo que recopila',
    description:
      'Hechos fechados en la vida de CBP One, la aplicación de la Oficina de Aduanas y Protección Fronteriza de EE. UU.; las cifras publicadas sobre citas, capacidad y demanda (las cifras de otras fuentes se conservan como filas alternativas); lo que la aplicación recopila de quienes la usan; la zona desde la que se podían pedir citas (definida por regiones: no encontramos ninguna distancia publicada); los puertos de entrada que ofrecían citas, y las cifras que buscamos y no encontramos.',
  },
  agreements: {
    title: 'Acuerdos y programas de Estados Unidos para compartir datos con México y Centroamérica',
    description:
      'Un registro por cada instrumento (memorando, carta de intención, arreglo, acuerdo) o programa por el que datos biométricos o personales llegan a Estados Unidos desde México, Guatemala, Honduras, El Salvador o Costa Rica: partes, dependencias, fecha y qué significa, si es vinculante, qué datos, en qué dirección, de quién son los datos, estado, cifras y citas breves, cada cosa con sus fuentes. “not-stated” significa que ninguna fuente que encontramos lo dice.',
  },
  'el-salvador-exception': {
    title: 'El régimen de excepción en El Salvador: decreto, prórrogas, detenciones, abusos',
    description:
      'El decreto que suspende garantías constitucionales en El Salvador, los conteos de homicidios que se reportaron como su detonante (las fuentes no coinciden, así que cada uno es una fila), las garantías suspendidas, cada prórroga para la que encontramos fuente, las cifras acumuladas de detenciones del gobierno (otras cifras publicadas para el mismo momento se conservan como filas alternativas), liberaciones, denuncias y muertes bajo custodia, cada una con el calificativo de su fuente y una cita textual en español.',
  },
  statements: {
    title: 'Quién dice qué: declaraciones de autoridades, empresas, auditores y críticos',
    description:
      'Las posturas que el reportaje sopesa: lo que dicen de cada herramienta las agencias y los funcionarios de Estados Unidos, las empresas, los auditores del gobierno, las personas investigadoras y las organizaciones de derechos humanos, una fila por declaración, en nuestras palabras, con una cita breve en las palabras de quien habla y su fuente.',
  },
  glossary: {
    title: 'Glosario: los términos del reportaje en palabras sencillas',
    description:
      'Las siglas, las dependencias y los términos legales que usa el reportaje, una fila por término: una definición breve en nuestras palabras, las expresiones con que el reportaje lo nombra y la fuente en que se apoya la definición.',
  },
  sources: {
    title: 'Las fuentes de cada cifra',
    description:
      'El registro de fuentes que citan todos los registros de todos los conjuntos de datos: quién lo publicó, título, fecha, la URL original de quien lo publicó cuando la verificamos, tipo (primaria o secundaria) e idioma.',
  },
};
