/**
 * The catalog's metadata in Spanish (our translation), for /es/data/<id>.meta.json: each dataset's
 * title, description and column descriptions and units. Column names (the CSV header and the
 * JSON keys) never change; the data themselves stay as published at /data/ (their English text
 * is translated for the Spanish pages in data/i18n/es/). Column names and values quoted from the
 * data are written between backticks (`as-stated`), shown as code on /es/data/. Checked by `translateMeta` in
 * ../downloads.ts: every column has its Spanish, no column is translated that the entry does not
 * have, and the numbers of the English text are kept.
 */
import { CONFIDENCE, DATE_PRECISION, NOTE, QUALIFIER, SOURCES, STORY_USES, ALTERNATIVE } from './shared';

export interface MetaText {
  title: string;
  description: string;
  /** Column name → its description (and unit, where the column has one) in Spanish. */
  columns: Record<string, { description: string; unit?: string }>;
}

/** The shared columns' descriptions (./shared.ts), by their English text: used wherever an entry keeps them unchanged. */
export const SHARED_ES: Record<string, string> = {
  [DATE_PRECISION.description]: 'Con qué precisión se conoce la fecha: día, mes o año (una fecha dada como 2023 no es el 1 de enero de 2023).',
  [QUALIFIER.description]:
    'Cómo expresa la fuente la cifra: `exact` o `as-stated` (sin matiz), `about` y `nearly` (aproximada), `more-than` y `at-least` (un piso: la cifra real puede ser mayor). Cite la cifra con esa palabra.',
  [SOURCES.description]: 'Id(s) de la(s) fuente(s) de esta fila en sources.csv / sources.json, separados por “;”.',
  [CONFIDENCE.description]: 'A primaria (texto de gobierno o la organización que produjo la cifra), B secundaria (medios u ONG que la reportan), C calculada por nosotros.',
  [ALTERNATIVE.description]: 'false para el valor principal de un registro; true para la cifra distinta de otra fuente sobre lo mismo (la fila repite el id que disputa).',
  [STORY_USES.description]:
    'true donde los datos marcan el valor como el que cita el reportaje (siempre que las fuentes discrepan: entonces exactamente una de las filas); false en los demás casos.',
  [NOTE.description]: 'Contexto que necesita quien lee: alcance, definiciones, por qué difieren las cifras, qué falta.',
};

/** Units in words, by their English text. */
export const UNITS_ES: Record<string, string> = {
  year: 'año',
  people: 'personas',
  'incident records': 'registros de incidentes',
  'given in the unit column': 'indicada en la columna unit',
  deputies: 'diputados',
  'degrees east (WGS 84)': 'grados este (WGS 84)',
  'degrees north (WGS 84)': 'grados norte (WGS 84)',
  'ordinal (1 = first extension)': 'ordinal (1 = primera prórroga)',
};

/** Added to every Spanish description: the values in the files are those of the English files. */
export const TEXT_NOTE_ES = 'Los nombres de las columnas y los valores son los del archivo publicado; sus textos (notas, nombres, etiquetas) están en inglés.';

const recordType = (kinds: string) => `Qué es la fila: ${kinds}. Filtre por esta columna antes de sumar cifras.`;

export const CATALOG_ES: Record<string, MetaText> = {
  'border-deaths': {
    title: 'Muertes de migrantes en la frontera entre México y EE. UU., por año y según quién las contó',
    description:
      'Conteos anuales de tres series que se mantienen separadas: los conteos por año fiscal de la Patrulla Fronteriza de EE. UU. (la cifra más reciente que encontramos para cada año; los primeros reportes que luego se corrigieron se conservan como filas alternativas), los conteos internos de la Patrulla Fronteriza que informó CBS News, y los conteos por año calendario del Proyecto Migrantes Desaparecidos de la OIM tal como se publicaron en su momento (la OIM los llama estimaciones mínimas, “las estimaciones más bajas disponibles”). Los conteos que discrepan se conservan como filas alternativas; los años para los que no encontramos cifra no tienen fila.',
    columns: {
      id: { description: 'Clave del registro, serie-año; las filas alternativas repiten la clave del registro que disputan.' },
      series: { description: 'usbp, usbp-cbs o iom-usmx (ver las definiciones de las series en el JSON).' },
      counter: { description: 'Quién contó: usbp (Patrulla Fronteriza de EE. UU. / CBP) o iom (Proyecto Migrantes Desaparecidos de la OIM).' },
      period: { description: 'fiscal (año federal de EE. UU., de octubre a septiembre) o calendar (año calendario).' },
      year: { description: 'Año fiscal o calendario, según period.', unit: 'año' },
      value: { description: 'Muertes (Patrulla Fronteriza) o personas muertas y desaparecidas (OIM), tal como se publicaron.', unit: 'personas' },
      approximate: { description: 'true cuando la fuente dice “cerca de” o “aproximadamente”.' },
      alternative: { description: 'false para el valor principal del registro; true para otro conteo publicado del mismo año.' },
      story_uses: { description: 'true para la cifra que cita el reportaje cuando las fuentes discrepan.' },
      source: { description: 'Id de la fuente en sources.csv / sources.json.' },
      corroborating_sources: { description: 'Otros ids de fuentes que reportan la misma cifra, separados por “;”.' },
      confidence: { description: 'A primaria, B secundaria, C calculada (solo filas principales).' },
      note: { description: 'Correcciones, años parciales, alcance.' },
    },
  },
  'route-deaths': {
    title: 'Migrantes muertos y desaparecidos en las Américas, por año, por ruta y por región',
    description:
      'Totales anuales calculados a partir de todos los registros de la exportación del Proyecto Migrantes Desaparecidos de la OIM para las Américas (desde su primer año hasta la fecha de la copia): registros de incidentes y personas muertas y desaparecidas, una vez por ruta migratoria de la OIM y otra por región del incidente de la OIM, y totales por categoría de causa para cada ruta en todos los años. Los desgloses cuentan los mismos incidentes más de una vez, así que nunca los sume entre sí; el último año es parcial. Las cifras de la OIM son estimaciones mínimas. Agregados por nosotros a partir de los datos del Proyecto Migrantes Desaparecidos de la OIM (CC BY 4.0).',
    columns: {
      breakdown: { description: '`route` (el campo `Migration Route` de la OIM), `region` (el campo `Region of Incident` de la OIM) o `route-cause` (una categoría de causa en una ruta, todos los años juntos): tres formas de dividir los mismos incidentes.' },
      key: { description: 'La ruta o región como la escribe la OIM; “(none recorded)” cuando la OIM dejó la ruta vacía.' },
      cause: { description: 'Filas route-cause: categoría de causa (mixed-unknown, drowning, environment, vehicle, violence, sickness, accident, o multiple cuando la OIM nombra dos causas distintas).' },
      year: { description: 'Año calendario de los incidentes; vacío en las filas route-cause (todos los años).', unit: 'año' },
      partial_year: { description: 'true para el último año, que la copia cubre solo hasta snapshot_end.' },
      snapshot_end: { description: 'Fecha del incidente más reciente en la copia de la OIM (precisión de día).' },
      incidents: { description: 'Número de registros de incidentes de la OIM.', unit: 'registros de incidentes' },
      dead_missing: { description: 'Personas muertas y desaparecidas en esos registros (estimaciones mínimas de la OIM).', unit: 'personas' },
    },
  },
  'route-incidents': {
    title: 'Migrantes muertos y desaparecidos en el mapa de la ruta, una fila por incidente',
    description:
      'Incidentes de la exportación del Proyecto Migrantes Desaparecidos de la OIM para las Américas cuyas coordenadas caen dentro del encuadre del mapa de la ruta (de Centroamérica a la frontera de EE. UU.), con año, personas muertas y desaparecidas, causa y país. Se dejan fuera los registros fuera del encuadre o sin coordenadas; el JSON dice cuántos en “dropped”. Seleccionados y simplificados por nosotros (coordenadas redondeadas, causas agrupadas) a partir de los datos del Proyecto Migrantes Desaparecidos de la OIM (CC BY 4.0).',
    columns: {
      id: { description: 'El “Main ID” de la OIM (p. ej. 2014.MMP00001), rastreable en la exportación de la OIM.' },
      year: { description: 'Año calendario del incidente.', unit: 'año' },
      lon: { description: 'Longitud, redondeada a 2 decimales (cerca de 1 km); negativa en las Américas.', unit: 'grados este (WGS 84)' },
      lat: { description: 'Latitud, redondeada a 2 decimales (cerca de 1 km).', unit: 'grados norte (WGS 84)' },
      dead_missing: { description: 'Personas muertas y desaparecidas en el incidente (estimación mínima de la OIM; al menos 1).', unit: 'personas' },
      cause: { description: 'Categoría de causa: mixed-unknown, drowning, environment, vehicle, violence, sickness, accident, o multiple (más de una causa).' },
      cause_iom: { description: 'La causa con las palabras de la OIM; vacía para multiple.' },
      country: { description: 'Código ISO 3166-1 alfa-3 del país que contiene el punto (o del más cercano, justo frente a la costa); vacío en el mar.' },
      incident_kind: { description: 'incident (un hecho en un lugar); cumulative (varias muertes que la OIM registró juntas en un lugar aproximado); split (parte de un hecho mayor).' },
    },
  },
  'biometric-databases': {
    title: 'IDENT y HART: la base de datos biométricos del DHS y su reemplazo',
    description:
      'Tamaños publicados de IDENT, la base de datos biométricos del Departamento de Seguridad Nacional, a lo largo del tiempo (identidades, transacciones al día, registros de la lista de vigilancia, cada uno con el “más de” o “cerca de” de la propia fuente, con las cifras oficiales y las de proveedores por separado), cifras que circulan sin que ninguna fuente las respalde, y datos con fuente sobre HART, su reemplazo: modalidades, costo, calendarios previstos y retrasos, y los riesgos que señalaron el DHS, la GAO y la EFF.',
    columns: {
      record_type: {
        description: recordType(
          'ident-origin (cuándo se creó IDENT), ident-count (una medida publicada de IDENT en una fecha; un registro con varias medidas tiene una fila por medida), ident-not-found (una cifra que circula sin que ninguna fuente la respalde), hart-fact, hart-modality (un tipo de dato biométrico), hart-milestone (una fecha prevista de terminación según un calendario), hart-slip (un retraso entre dos calendarios) o hart-risk',
        ),
      },
      system: { description: 'IDENT (la base de datos biométricos del DHS en uso) o HART (su reemplazo previsto).' },
      id: { description: 'Clave del registro; las filas de un mismo conteo de IDENT la comparten.' },
      topic: { description: 'hart-fact: purpose, status, hosting, contract, cost o data-subjects; hart-milestone: initial-operating-capability o full-programme.' },
      label: { description: 'Pocas palabras para la etiqueta de un gráfico (nombre de la modalidad, riesgo, dato).' },
      text: { description: 'El dato, la afirmación o el riesgo en una frase sencilla.' },
      date: { description: 'Cuándo se aplicaba la cifra o el dato; para hart-milestone, la fecha prevista de terminación (vacía cuando no había ninguna prevista); para ident-origin, el año de creación.' },
      date_latest: { description: 'ident-count: la fecha más tardía a la que puede corresponder la cifra cuando la fuente no tiene fecha (la cifra abarca de date a date_latest).' },
      baseline: { description: 'hart-milestone: cuándo fijó el DHS este calendario (precisión de mes).' },
      measure: { description: 'ident-count: identities (personas únicas registradas), transactions-per-day (búsquedas y registros al día) o watchlist-records (registros de la lista de vigilancia nacional dentro de IDENT).' },
      value: { description: 'La cifra tal como la da la fuente.', unit: 'indicada en la columna unit' },
      unit: { description: 'Unidad de value: identidades, transacciones al día, registros de la lista de vigilancia, dólares estadounidenses o meses.' },
      claim_kind: { description: 'ident-count: official (DHS, OBIM o GAO) o vendor (afirmación comercial de un proveedor; úsese con cautela).' },
      phase: { description: 'hart-modality: increment-1 (en la primera versión) o possible-later (mencionada como posible incorporación posterior).' },
      raised_by: { description: 'hart-risk: quién lo señaló o lo reconoció (el DHS, su auditora la GAO o la organización de defensa de derechos EFF).' },
      only_in_source_article: { description: 'hart-risk: true cuando solo lo reporta el artículo del que nació el proyecto (Access Now).' },
      related_ids: { description: 'hart-slip: los ids del hito anterior y del posterior; ident-not-found: los conteos publicados más cercanos; separados por “;”.' },
      searched: { description: 'ident-not-found: qué se buscó, para poder repetir la búsqueda, separado por “;”.' },
      sources: { description: 'Id de la fuente que leímos (sources.csv / sources.json); para ident-not-found, la publicación que hace la afirmación.' },
      original_report: { description: 'ident-count y hart-fact: id de la fuente del informe original cuando leímos la cifra en el resumen de otro.' },
      quote: { description: 'Palabras textuales de la fuente (menos de 25 palabras), para poder comprobar la cifra.' },
    },
  },
  'surveillance-tools': {
    title: 'Herramientas de vigilancia: quién provee qué datos al ICE y a la CBP',
    description:
      'Una red de flujos de datos de corredores de datos, proveedores de vigilancia y plataformas tecnológicas hacia las agencias migratorias de EE. UU.: quién provee qué, por contrato o por citación, con valores de contratos y conteos de registros (las cifras de otras fuentes se conservan como filas alternativas), pasos fechados, las adquisiciones que vinculan a los proveedores con sus dueños (con cada año que da una fuente para la operación), cifras relacionadas sobre torres y cámaras fronterizas, y las cifras que buscamos y no encontramos.',
    columns: {
      record_type: {
        description: recordType(
          'node (una empresa, grupo de plataformas o agencia), link (un flujo de datos de un proveedor a una agencia), link-figure (una cifra sobre un flujo), link-event (un paso fechado de un flujo), ownership (una adquisición), ownership-figure (p. ej. el precio), ownership-date (un año que da una fuente para la operación; si hay varios, las fuentes discrepan), context-figure (una cifra relacionada que no es un flujo) o missing (una cifra que se buscó y no se encontró)',
        ),
      },
      id: { description: 'Clave del registro de la fila (los eventos y las fechas no tienen una propia); las filas alternativas repiten la clave de la cifra que disputan.' },
      parent_id: { description: 'El registro de flujo o de adquisición al que pertenece una cifra, un evento o una fecha.' },
      name: { description: 'Filas node: nombre a mostrar; filas link: el producto o el instrumento legal (p. ej. Babel X, citaciones administrativas).' },
      kind: { description: 'Filas node: agency (recibe datos), vendor (vende datos o herramientas), platforms (empresas obligadas a entregar datos) o parent (dueña de un proveedor).' },
      members: { description: 'Filas node: las empresas de un grupo de plataformas, separadas por “;”.' },
      owner: { description: 'Filas node: id de la empresa dueña de este proveedor.' },
      from_node: { description: 'Filas link: id del nodo del proveedor; filas ownership: id del nodo de la compradora.' },
      to_node: { description: 'Filas link: id del nodo de la agencia que recibe; filas ownership: id del nodo de la empresa comprada (o cuya matriz se compró).' },
      mechanism: { description: 'Filas link: contract (la agencia paga) o subpoena (la agencia obliga mediante una citación; sin pago).' },
      category: { description: 'Filas link: online-accounts, social-media, public-records o licence-plates.' },
      data: { description: 'Filas link: tipos de datos que fluyen, en palabras sencillas, separados por “;”.' },
      date: { description: 'Cuándo ocurrió el evento o a qué momento corresponde la cifra; para ownership-date, el año que da una fuente para la operación.' },
      label: { description: 'Filas de cifras: qué cuenta la cifra.' },
      value: { description: 'Filas de cifras: la cifra tal como se publicó.', unit: 'indicada en la columna unit' },
      unit: { description: 'Filas de cifras: unidad de value (dólares estadounidenses, registros, registros al mes, citaciones, torres, sistemas…).' },
      text: { description: 'Qué pasó (eventos), qué se compró (adquisiciones) o qué falta.' },
      sources: { description: 'Id(s) de la(s) fuente(s) en sources.csv / sources.json, separados por “;”; vacío solo para una ownership-date que ninguna página registrada da, o para una cifra que falta.' },
    },
  },
  'cbp-one': {
    title: 'La aplicación CBP One: cronología, citas y lo que recopila',
    description:
      'Eventos fechados en la vida de CBP One, la aplicación de la Oficina de Aduanas y Protección Fronteriza de EE. UU., las cifras publicadas sobre citas, capacidad y demanda (las cifras de otras fuentes se conservan como filas alternativas), lo que la aplicación recopila de sus usuarios, la zona desde la que se podían pedir citas (definida por regiones: no encontramos ninguna distancia publicada), los puertos de entrada que ofrecían citas, y las cifras que buscamos y no encontramos.',
    columns: {
      record_type: {
        description: recordType(
          'event (un paso fechado: lanzamiento, norma, citas, capacidad, geocerca, supervisión, cierre), figure (una cifra publicada; las cifras de otras fuentes sobre lo mismo siguen como filas alternativas), collected (algo que recopila la aplicación), geofence-period (dónde tenían que estar las personas, en un periodo), geofence-radius (por qué no hay distancia), port (un puerto de entrada que ofrecía citas) o missing (una cifra que se buscó y no se encontró)',
        ),
      },
      id: { description: 'Clave del registro; las filas alternativas repiten la clave de la cifra que disputan.' },
      kind: { description: 'Filas event: launch, rule, appointments, capacity, geofence, oversight o shutdown.' },
      date: { description: 'Cuándo ocurrió o se aplicó (geofence-period: primer día; collected: documentado desde).' },
      date_to: { description: 'geofence-period: último día, cuando terminó el periodo.' },
      label: { description: 'Qué cuenta una cifra, qué se recopila, o el nombre del puerto como lo da la CBP.' },
      text: { description: 'Qué pasó, cómo se usa o qué falta, en una frase.' },
      value: { description: 'Filas figure: la cifra tal como se publicó.', unit: 'indicada en la columna unit' },
      unit: { description: 'Filas figure: unidad de value (citas, citas al día, personas, puertos de entrada…).' },
      figure_ids: { description: 'Filas event: ids de las filas figure que reporta este evento, separados por “;”.' },
      regions: { description: 'geofence-period: las regiones que nombran las fuentes, separadas por “;”.' },
      exceptions: { description: 'geofence-period: excepciones (p. ej. personas de nacionalidad mexicana), separadas por “;”.' },
      state: { description: 'Filas port: estado de EE. UU. (código USPS: CA, AZ, NM, TX).' },
      lon: { description: 'Filas port: longitud; vacía cuando no se encontró una referencia identificada.', unit: 'grados este (WGS 84)' },
      lat: { description: 'Filas port: latitud; vacía cuando no se encontró una referencia identificada.', unit: 'grados norte (WGS 84)' },
      coord_source: { description: 'Filas port: id de la fuente de las coordenadas.' },
      coord_note: { description: 'Filas port: qué marcan las coordenadas, o por qué faltan.' },
    },
  },
  agreements: {
    title: 'Acuerdos y programas de EE. UU. con México y Centroamérica para compartir datos',
    description:
      'Un registro por instrumento (memorando, carta de intención, arreglo, acuerdo) o programa por el que llegan datos biométricos o personales a Estados Unidos desde México, Guatemala, Honduras, El Salvador o Costa Rica: partes, agencias, fecha y qué significa, si es vinculante, qué datos, en qué dirección, de quién son los datos, situación, cifras y citas breves, cada uno con sus fuentes. “not-stated” significa que ninguna fuente que encontramos lo dice.',
    columns: {
      record_type: {
        description: recordType(
          'agreement (una por instrumento o programa, con su descripción), flow (un movimiento de datos entre dos países), figure (una cifra que da una fuente sobre él) o quote (una cita textual breve)',
        ),
      },
      agreement_id: { description: 'Clave del instrumento o programa; todas las filas de un mismo instrumento la repiten.' },
      name: { description: 'Nombre corto en inglés del instrumento o programa (el reportaje en español usa la traducción de los datos que guarda el repositorio).' },
      official_title: { description: 'Título del texto tal como se publicó, cuando una fuente lo da (filas agreement).' },
      kind: { description: 'instrument (un texto entre gobiernos) o programme (una operación, p. ej. BITMAP).' },
      type: { description: 'Tipo de texto: memorandum-of-cooperation, memorandum-of-understanding, letter-of-intent, arrangement, joint-statement, asylum-cooperative-agreement, agreement o programme.' },
      data_sharing: { description: 'stated (una fuente dice que comparte datos) o not-stated (firmado en el mismo paquete; no se informa de intercambio de datos).' },
      parties: { description: 'Códigos ISO 3166-1 alfa-3 de los países involucrados, separados por “;” (USA Estados Unidos, MEX México, GTM Guatemala, HND Honduras, SLV El Salvador, CRI Costa Rica).' },
      parties_note: { description: 'Lo que dicen las fuentes sobre partes que no nombran.' },
      agencies: { description: 'Ministerios y agencias que nombran las fuentes, como “PAÍS: nombre”, separados por “;”.' },
      date: { description: 'Filas agreement: la fecha del instrumento (su significado en date_kind), vacía cuando ninguna fuente la da; filas figure: a qué momento corresponde la cifra.' },
      date_kind: { description: 'Qué significa la fecha: signed (firmado), in-place-since (vigente desde), agreed (acordado), created (creado) o announced (anunciado).' },
      date_updated: { description: 'Una actualización posterior del mismo texto, cuando una fuente la reporta.' },
      date_note: { description: 'Contexto de la fecha, o por qué no la hay.' },
      place: { description: 'Dónde se firmó, cuando se reporta.' },
      binding: { description: 'binding (vinculante), non-binding (no vinculante), not-stated (ninguna fuente lo dice) o not-applicable (programas).' },
      binding_basis: { description: 'Cómo sabemos si es vinculante: según la lectura de quién, o que ninguna fuente lo dice.' },
      data_categories: { description: 'Tipos de datos que abarca, solo como los nombran las fuentes, separados por “;” (fingerprints, face, iris, tattoos-scars, biometrics, biographic, criminal-history, personal-data, information-intelligence); vacío cuando no se nombra ninguno.' },
      data_note: { description: 'Contexto de las categorías de datos.' },
      receiving_systems: { description: 'Sistemas de EE. UU. a los que van los datos, cuando una fuente los nombra, separados por “;”.' },
      coverage: { description: 'De quién son los datos, en los términos de las fuentes; vacío cuando no se dice.' },
      purpose: { description: 'El propósito declarado, en los términos de las fuentes; vacío cuando no se dice.' },
      status: { description: 'in-effect (vigente), signed (firmado), planned (previsto), in-operation (en operación) o not-stated (no se dice).' },
      status_note: { description: 'Contexto de la situación.' },
      from_country: { description: 'Filas flow: país que entrega los datos (en un intercambio, la primera parte nombrada).' },
      to_country: { description: 'Filas flow: país que recibe los datos (en un intercambio, la otra parte).' },
      direction: { description: 'Filas `flow`: `one-way` (de `from` a `to`), `exchange` (en ambos sentidos) o `not-stated` (intercambio sin dirección indicada).' },
      figure_key: { description: 'Filas figure: clave de la cifra dentro del instrumento.' },
      value: { description: 'Filas figure: la cifra tal como se publicó.', unit: 'indicada en la columna unit' },
      unit: { description: 'Filas figure: unidad de value (personas, estaciones migratorias, dólares estadounidenses, países, meses).' },
      label: { description: 'Filas figure: qué cuenta la cifra.' },
      text: { description: 'Filas flow: cómo sabemos la dirección; filas quote: las palabras exactamente como se publicaron (“[sic]” marca las erratas de la fuente).' },
      language: { description: 'Filas quote: idioma de la cita (en o es).' },
    },
  },
  'el-salvador-exception': {
    title: 'El régimen de excepción en El Salvador: decreto, prórrogas, detenciones, abusos',
    description:
      'El decreto que suspendió garantías constitucionales en El Salvador, los conteos de homicidios reportados como su detonante (las fuentes discrepan, así que cada uno es una fila), las garantías suspendidas, cada prórroga para la que encontramos una fuente, las cifras acumuladas de detenciones del gobierno (otras cifras publicadas para el mismo momento se conservan como filas alternativas), liberaciones, denuncias y muertes bajo custodia, cada una con el matiz de la propia fuente y una cita textual en español.',
    columns: {
      record_type: {
        description: recordType(
          'decree (el decreto original), trigger (un conteo de homicidios reportado como detonante), right (una garantía suspendida), extensions-to-date (cuántas prórrogas se habían aprobado a una fecha), extension (una prórroga de la medida), detention (personas detenidas desde el decreto, acumuladas), release, complaints o deaths-in-custody',
        ),
      },
      id: { description: 'Clave del registro; las filas alternativas repiten la clave de la cifra que disputan.' },
      date: { description: 'Fecha del decreto, de la cifra o del reporte; en las filas extension, el día en que la aprobó la Asamblea Legislativa (vacía cuando ninguna fuente lo da).' },
      in_force_from: { description: 'Filas extension: primer día de vigencia, cuando se conoce.' },
      in_force_until: { description: 'Filas extension: último día de vigencia, cuando se conoce.' },
      value: { description: 'El conteo tal como se publicó.', unit: 'indicada en la columna unit' },
      unit: { description: 'Unidad de value: días, homicidios, prórrogas, personas detenidas (acumuladas), personas liberadas, denuncias, personas que murieron bajo custodia.' },
      period: { description: 'Filas trigger: el periodo en que se contaron los homicidios, como lo da la fuente.' },
      status: { description: 'Filas right: suspended (durante todo el régimen) o suspended-at-first (solo en el primer decreto o los primeros).' },
      extension_number: { description: 'Filas extension: qué prórroga; filas detention: la prórroga con la que se reportó la cifra.', unit: 'ordinal (1 = primera prórroga)' },
      votes_for: { description: 'Diputados que votaron a favor, cuando se reporta.', unit: 'diputados' },
      votes_against: { description: 'Diputados que votaron en contra, cuando se reporta.', unit: 'diputados' },
      seats: { description: 'Escaños de la Asamblea, cuando la fuente da “de N”.', unit: 'diputados' },
      reported_by: { description: 'De quién es la cifra (el gobierno, un ministerio, organizaciones de derechos humanos).' },
      text: { description: 'decree: quién lo aprobó; right: la garantía en inglés sencillo.' },
      quote: { description: 'Palabras textuales de la fuente (en su mayoría en español), para poder comprobar la cifra.' },
    },
  },
  statements: {
    title: 'Quién dice qué: declaraciones de autoridades, empresas, auditores y críticos',
    description:
      'Las posturas que sopesa el reportaje: lo que dicen de cada herramienta las agencias y autoridades de EE. UU., las empresas, los auditores del gobierno, los investigadores y los grupos de derechos humanos, una fila por declaración, en nuestras palabras, con una cita breve en las palabras de quien habla y su fuente.',
    columns: {
      id: { description: 'Clave de la declaración.' },
      side: { description: 'Quién habla: official (un organismo o funcionario de gobierno), company (empresa), auditor (la GAO, un órgano de la ONU), researcher (un centro de estudios o una universidad) o critic (un grupo de derechos o de defensa).' },
      speaker: { description: 'Quien habla, como lo nombraría un lector.' },
      topic: { description: 'La sección del reportaje a la que pertenece la declaración (route, smart-borders, data-economy, cbp-one, across-borders, next-database, what-it-means).' },
      date: { description: 'Cuándo se dijo, con la precisión que se conoce; vacía cuando la fuente no tiene fecha.' },
      claim: { description: 'Lo que dice quien habla, en nuestras palabras.' },
      quote: { description: 'Las palabras de quien habla tal como las da la fuente (como máximo 30 palabras).' },
      quote_language: { description: 'Idioma de la cita (ISO 639-1: en o es).' },
      official_case: { description: 'true cuando el recuadro de la “versión oficial” del reportaje muestra la declaración.' },
    },
  },
  glossary: {
    title: 'Glosario: los términos del reportaje en palabras sencillas',
    description:
      'Las siglas, agencias y términos legales que usa el reportaje, una fila por término: una definición breve en nuestras palabras, las frases que usa el reportaje para él y la fuente en que se apoya la definición.',
    columns: {
      id: { description: 'Clave del término; también su ancla en la página del glosario (/glossary/#id).' },
      term: { description: 'El término como lo ve quien lee.' },
      definition: { description: 'Qué significa, en nuestras palabras.' },
      match: { description: 'Las frases que usa el reportaje para el término, separadas por “;” (el primer uso enlaza al glosario).' },
    },
  },
  sources: {
    title: 'Las fuentes detrás de cada cifra',
    description:
      'El registro de fuentes que cita cada registro de cada conjunto de datos: medio o institución que publica, título, fecha, la URL del medio original cuando se verificó, tipo (primaria o secundaria) e idioma.',
    columns: {
      id: { description: 'Id estable que citan los registros.' },
      publisher: { description: 'El medio o la institución que lo publicó originalmente.' },
      title: { description: 'Título tal como se publicó.' },
      date: { description: 'Fecha de publicación, solo con la precisión que se conoce (AAAA, AAAA-MM o AAAA-MM-DD); vacía cuando se desconoce.' },
      url: { description: 'La URL del medio original (https); vacía cuando no se encontró el original. Nunca la de una copia.' },
      url_note: { description: 'La copia en la que lo leímos cuando no era el original (read via), o por qué no hay URL.' },
      kind: { description: 'primary (produjo la cifra) o secondary (la reporta).' },
      language: { description: 'Idioma de la publicación (ISO 639-1).' },
      note: { description: 'Lo que debe saber quien lee sobre la fuente.' },
    },
  },
};
