/**
 * El material didáctico en español: objetivos, preguntas para comentar por sección, actividades
 * con datos y cuestionario. Escrito para docentes de México y Centroamérica, no traducido frase
 * por frase; las mismas ids, secciones y respuestas (por id de la clave) que ./guide.ts, lo que
 * comprueba tests/data/teach-text.data.test.ts. Ningún número se escribe aquí como texto de una
 * respuesta: las respuestas salen de la clave calculada (answers.ts).
 */
import type { Activity, QuizItem } from './guide';

export const OBJECTIVES_ES = [
  'Explicar qué es una “frontera inteligente” y nombrar tres tipos de tecnología que reúne (bases de datos, aplicaciones, acuerdos para compartir datos, herramientas de vigilancia).',
  'Comparar dos conteos de personas migrantes muertas y explicar por qué las organizaciones que cuentan de distinta manera llegan a cifras distintas.',
  'Valorar la evidencia que respalda lo que afirman autoridades, empresas, auditores, investigadores y críticos, y distinguir una afirmación con fuente de una opinión.',
  'Seguir el camino por el que los datos personales recabados en México y Centroamérica pueden llegar a agencias de Estados Unidos, e identificar lo que aún se desconoce.',
  'Usar una hoja de cálculo para filtrar, sumar y comparar cifras de un conjunto de datos publicado, y contrastar una cifra con su fuente.',
] as const;

export const QUESTIONS_ES: { section: string; questions: string[] }[] = [
  { section: 'route', questions: [
    'Según el reportaje, ¿por qué sale la gente de Guatemala, Honduras y El Salvador? ¿Cuáles de esas razones podría cambiar una política fronteriza y cuáles no?',
    'La OIM dice que sus cifras son “estimaciones mínimas”. ¿Qué nos dice eso sobre cómo leer el mapa?',
  ] },
  { section: 'smart-borders', questions: [
    'Las autoridades dicen que la frontera inteligente es más segura y humana; Access Now dice que sirve para disuadir. ¿En qué evidencia se apoya cada parte?',
    '¿Por qué el conteo de la Patrulla Fronteriza no coincide con el de la OIM? Den dos razones.',
    'El Instituto Cato encontró que aumentaron las muertes por cada detención. Además de un mayor peligro, ¿qué otra cosa podría hacer subir una tasa así?',
  ] },
  { section: 'data-economy', questions: [
    '¿Qué diferencia hay entre los datos que una agencia recaba por su cuenta y los que compra o exige a las empresas?',
    'Una citación administrativa no necesita la firma de un juez. ¿Quién creen que debería revisar esas solicitudes y por qué?',
  ] },
  { section: 'cbp-one', questions: [
    'Antes de pedir una cita, la aplicación exigía una foto en vivo y la ubicación del teléfono. ¿Para qué servían esas verificaciones y qué riesgos traen?',
    'Comparen el número de citas diarias con el número de personas que esperaban. ¿Qué esperarían que hiciera la gente mientras espera?',
    'Las autoridades presentaron la aplicación como un éxito; sus críticos señalaron sus límites. ¿Qué datos de la sección respaldan cada postura?',
  ] },
  { section: 'across-borders', questions: [
    'Casi ninguno de estos acuerdos se ha publicado completo. ¿Cómo sabe el reportaje lo que contienen y qué tan seguro puede estar?',
    '¿Por qué Access Now pone el acento en el acuerdo con El Salvador? Usen el régimen de excepción en su respuesta y digan qué afirma el gobierno salvadoreño sobre las personas detenidas.',
  ] },
  { section: 'next-database', questions: [
    'El tamaño de IDENT se reporta unos años como “identidades” y otros como “personas”. ¿Por qué importa eso al comparar años?',
    'Los auditores del gobierno encontraron que HART va retrasado y cuesta más de lo previsto. ¿A quién le toca vigilar un proyecto así?',
  ] },
  { section: 'what-it-means', questions: [
    'Hagan una lista del “rastro” que puede dejar una persona en su camino al norte. ¿Qué partes podría evitar y a qué costo?',
    '¿Por qué puede ser más difícil cuestionar la toma de datos biométricos cuando la hace una organización humanitaria?',
    'Elijan un punto de “Lo que todavía no sabemos”. ¿Cómo podría averiguarlo una periodista o un investigador?',
  ] },
  { section: 'sources-method', questions: [
    '¿Qué diferencia hay entre una cifra A, una B y una C? Busquen un ejemplo de cada una en el reportaje.',
    '¿Por qué el reportaje conserva cifras que no coinciden en lugar de quedarse con una sola?',
  ] },
];

export const ACTIVITIES_ES: Activity[] = [
  {
    id: 'two-counts',
    title: 'Dos maneras de contar las muertes',
    skill: 'Filtrar una tabla, leer una serie y explicar por qué dos conteos de lo mismo no coinciden.',
    files: [{ href: '/data/border-deaths.csv', label: 'border-deaths.csv' }],
    steps: [
      'Abran border-deaths.csv y activen el filtro (vean “Cómo abrir un CSV”, arriba).',
      'En la columna alternative, dejen solo FALSE, para que cada año conserve una sola cifra.',
      'En la columna series, elijan usbp (la Patrulla Fronteriza, por año fiscal). Anoten el conteo de 2022 y el año con el valor más alto.',
      'Ahora elijan iom-usmx (la OIM, por año calendario) y anoten el conteo de 2022.',
      'En una celda vacía, resten la cifra de la OIM a la de la Patrulla Fronteriza.',
    ],
    questions: [
      { text: '¿Cuántas muertes contó la Patrulla Fronteriza en el año fiscal 2022 y cuántas la OIM en el año calendario 2022?', answers: ['usbp-2022', 'iom-2022'] },
      { text: '¿Cuál es la diferencia entre las dos cifras?', answers: ['deaths-gap-2022'] },
      { text: '¿Cuántos años fiscales tienen una cifra de la Patrulla Fronteriza y en qué año empieza la serie? ¿En qué año es mayor el conteo?', answers: ['usbp-years', 'usbp-first-year', 'usbp-max-year'] },
      { text: 'Den dos razones por las que los conteos no coinciden. ¿Se pueden sumar o comparar año por año? ¿Por qué no?' },
    ],
    explain: 'La Patrulla Fronteriza cuenta por año fiscal (de octubre a septiembre) y solo los cuerpos que sus agentes encontraron o procesaron en territorio estadounidense; la OIM cuenta por año calendario, a ambos lados de la frontera, e incluye a las personas desaparecidas. Las dos cifras se corrigen con el tiempo y las dos se saben incompletas, así que no pueden compararse año por año.',
  },
  {
    id: 'cbp-one-slots',
    title: 'CBP One: citas disponibles y personas en espera',
    skill: 'Encontrar cifras en una tabla por su id, dividir y explicar qué significa una razón y qué deja fuera.',
    files: [{ href: '/data/cbp-one/figure.csv', label: 'cbp-one/figure.csv' }],
    steps: [
      'Abran cbp-one/figure.csv (una fila por cifra publicada) y activen el filtro.',
      'Busquen la fila con id capacity-2023-06 (citas por día) y la fila demand-2024 (personas que competían por ellas). Lean la columna qualifier de cada una.',
      'Dividan las personas en espera entre las citas diarias: =REDONDEAR(B2/B3, 0), señalando las dos celdas de valor. Luego redondeen la misma división hacia arriba: =REDONDEAR.MAS(B2/B3, 0).',
    ],
    questions: [
      { text: '¿Cuántas citas al día ofrecía la aplicación a partir del 30 de junio de 2023 y cuántas personas, aproximadamente, competían por ellas a finales de 2024?', answers: ['cbp-slots', 'cbp-waiting'] },
      { text: '¿Cuántas personas, más o menos, esperaban por cada cita diaria?', answers: ['cbp-per-slot'] },
      { text: 'Si nadie más se sumara, ¿cuántos días de citas harían falta para dar una cita a cada persona en espera?', answers: ['cbp-days'] },
      { text: 'La segunda cifra es “aproximada”: un promedio que publicó un medio de comunicación. ¿Cómo cambia eso la forma en que deben redactar su respuesta?' },
    ],
    explain: 'La razón da una idea de la escala, no un tiempo de espera: cada día entraban y salían personas de la fila, algunas reservaban para toda su familia, y la cifra de personas en espera es un promedio aproximado tomado de una fuente secundaria (confianza B).',
  },
  {
    id: 'source-audit',
    title: 'Una revisión de las fuentes',
    skill: 'Contar con filtros o con CONTAR.SI, calcular un porcentaje y juzgar un reportaje por sus fuentes.',
    files: [{ href: '/data/sources.csv', label: 'sources.csv' }],
    steps: [
      'Abran sources.csv: una fila por cada fuente que cita el reportaje.',
      'Cuenten todas las fuentes: =CONTARA(A2:A1000).',
      'Cuenten las fuentes primarias y las secundarias: =CONTAR.SI(G2:G1000, "primary") y lo mismo con "secondary" (columna kind).',
      'Cuenten las fuentes con enlace original: =CONTAR.SI(E2:E1000, "?*") en la columna url. Divídanlas entre el total y denle formato de porcentaje.',
      'Cuenten las fuentes en español con CONTAR.SI en la columna language (valor "es").',
    ],
    questions: [
      { text: '¿Cuántas fuentes cita el reportaje? ¿Cuántas son primarias y cuántas secundarias?', answers: ['sources-total', 'sources-primary', 'sources-secondary'] },
      { text: '¿Cuántas tienen un enlace a quien las publicó originalmente y qué porcentaje del total representan (redondeado)?', answers: ['sources-url', 'sources-url-pct'] },
      { text: '¿Cuántas fuentes están en español?', answers: ['sources-es'] },
      { text: 'Lean la columna url_note de tres fuentes sin enlace. ¿Por qué una fuente podría no tener enlace original y cuánto deberían confiar en ella?' },
    ],
    explain: 'Las fuentes primarias son los organismos que produjeron la cifra (un gobierno, la GAO, la OIM); las secundarias informan la cifra de alguien más. Una fuente sin enlace original se leyó en una copia, y su nota dice en cuál.',
  },
  {
    id: 'el-salvador',
    title: 'Las detenciones en El Salvador a lo largo del tiempo',
    skill: 'Ordenar por fecha, leer los calificativos de una cifra, calcular un cambio y un periodo, y graficar una serie.',
    files: [{ href: '/data/el-salvador-exception/detention.csv', label: 'el-salvador-exception/detention.csv' }],
    steps: [
      'Abran el-salvador-exception/detention.csv y activen el filtro.',
      'En la columna alternative, dejen solo FALSE (una cifra por informe) y ordenen por fecha, de la más antigua a la más reciente.',
      'Anoten el primer valor y el último, con su calificativo (columna qualifier); réstenlos para obtener el aumento.',
      'Cuenten los meses entre las dos fechas (las fechas son tan precisas como la fuente: una fecha como 2022-04 indica solo un mes).',
      'Seleccionen las columnas date y value e inserten un gráfico de líneas o de dispersión.',
    ],
    questions: [
      { text: '¿Cuál es la primera cifra de detenciones en los datos y cuál la más reciente?', answers: ['sv-first', 'sv-last'] },
      { text: '¿Cuánto creció el conteo acumulado y en cuántos meses?', answers: ['sv-increase', 'sv-months'] },
      { text: '¿Cuántas cifras del gobierno hay en los datos (solo los registros principales)?', answers: ['sv-reports'] },
      { text: 'Todas las cifras vienen del gobierno, tal como las difundió la prensa. ¿Por qué dice el reportaje que no encontró ningún conteo de otra fuente, y por qué importa?' },
    ],
    explain: 'Las cifras son acumuladas (todas las personas detenidas desde el decreto, no las que estaban presas ese día) y vienen del gobierno; varias llevan “más de” o “cerca de”, así que el aumento también es aproximado.',
  },
  {
    id: 'route',
    title: 'En qué parte de la ruta se registran las muertes',
    skill: 'Filtrar por dos columnas, sumar con SUMAR.SI.CONJUNTO y comparar las partes de un todo.',
    files: [
      { href: '/data/route-deaths/region.csv', label: 'route-deaths/region.csv' },
      { href: '/data/route-deaths/route-cause.csv', label: 'route-deaths/route-cause.csv' },
    ],
    steps: [
      'Abran route-deaths/region.csv: personas muertas y desaparecidas por región de la OIM y por año, de 2014 a mayo de 2022.',
      'Sumen dead_missing para cada región: =SUMAR.SI.CONJUNTO(F:F, A:A, "North America"), señalando las columnas dead_missing y key; repitan con "Central America".',
      'Sumen toda la columna dead_missing y dividan el total de Norteamérica entre esa suma.',
      'Abran route-deaths/route-cause.csv, filtren la columna key por “US-Mexico border crossing” (el cruce de la frontera entre México y Estados Unidos) y lean la fila de drowning (ahogamiento).',
    ],
    questions: [
      { text: '¿Cuántas personas muertas y desaparecidas registró la OIM en su región “North America” (Norteamérica) y cuántas en “Central America” (Centroamérica)?', answers: ['route-north-america', 'route-central-america'] },
      { text: '¿Qué porcentaje de todas las personas muertas y desaparecidas del archivo corresponde a Norteamérica (redondeado)?', answers: ['route-north-pct'] },
      { text: '¿Cuántas personas muertas y desaparecidas por ahogamiento registró la OIM en la ruta de cruce de la frontera entre México y Estados Unidos?', answers: ['route-drowning'] },
      { text: 'El último año del archivo está incompleto. ¿Por qué no deberían comparar 2022 con 2021?' },
    ],
    explain: 'Son los incidentes que registró la OIM en una sola exportación (el registro más reciente es de mayo de 2022): estimaciones mínimas que se corrigen después, y los nombres de las regiones son los de la propia OIM. Las causas aparecen solo donde la OIM anotó una.',
  },
];

export const QUIZ_ES: QuizItem[] = [
  { q: 'Según el reportaje, ¿qué es una “frontera inteligente”?', options: ['Un muro con cámaras encima', 'Un sistema de cámaras, sensores, bases de datos, aplicaciones y acuerdos para compartir datos que llega más allá de la frontera', 'Una frontera que solo se cruza con una aplicación'], right: 1, explain: 'El reportaje describe un sistema: tecnología en la línea fronteriza más bases de datos, aplicaciones y acuerdos para compartir datos que llegan hasta el interior de México y Centroamérica.' },
  { q: '¿Por qué no coinciden los conteos de muertes de la Patrulla Fronteriza y de la OIM?', options: ['Porque uno de los dos está mal', 'Porque cuentan periodos y lugares distintos, y la OIM incluye a las personas desaparecidas', 'Porque la OIM solo cuenta las muertes en México'], right: 1, explain: 'La Patrulla Fronteriza cuenta por año fiscal y en territorio estadounidense; la OIM, por año calendario, a ambos lados de la frontera e incluyendo a las personas desaparecidas. Ninguno de los dos conteos está completo.' },
  { q: '¿Qué significa que las cifras de la OIM sean “estimaciones mínimas”?', options: ['Que la cifra real es por lo menos así de alta', 'Que la cifra real probablemente es menor', 'Que se redondean hacia abajo a la centena'], right: 0, explain: 'Solo se cuentan los casos registrados, así que la cifra real es por lo menos igual de grande.' },
  { q: '¿Qué es una citación administrativa?', options: ['Una orden judicial firmada por un juez', 'Un requerimiento de información que la propia agencia emite, sin un juez', 'Una solicitud de un gobierno extranjero'], right: 1, explain: 'El reportaje la define como un requerimiento de información que la propia agencia emite, sin que intervenga un juez.' },
  { q: '¿Qué verificaba CBP One antes de que una persona pudiera pedir una cita?', options: ['Su pasaporte y su visa', 'Una foto en vivo de su rostro y la ubicación del teléfono', 'Sus cuentas en redes sociales'], right: 1, explain: 'La aplicación tomaba una foto en vivo y leía la ubicación del teléfono; solo quienes estaban dentro de una zona designada podían pedir una cita.' },
  { q: '¿Qué es cierto de casi todos los acuerdos para compartir datos con México y los países de Centroamérica?', options: ['Se publicaron completos', 'No se han publicado completos; su contenido se conoce por documentos liberados, fichas informativas y citas', 'Los aprobaron los tribunales de cada país'], right: 1, explain: 'La parte “Lo que todavía no sabemos” del reportaje dice que la mayoría de los textos no se ha publicado completa.' },
  { q: '¿Qué es HART?', options: ['El sistema que el DHS construye para reemplazar a IDENT', 'Una aplicación de la CBP para viajeros', 'Una base de datos migratoria de México'], right: 0, explain: 'HART (Homeland Advanced Recognition Technology) debe reemplazar a IDENT; los auditores encontraron que va retrasado y cuesta más de lo previsto.' },
  { q: 'En los códigos de confianza del reportaje, ¿qué es una cifra “B”?', options: ['Una cifra que calculó el equipo del reportaje', 'Una cifra que publicó un medio o una organización de defensa, no el organismo que la produjo', 'Una cifra que el equipo no pudo verificar'], right: 1, explain: 'A es primaria, B es secundaria (“según…”) y C la calculó el equipo a partir de un conjunto de datos.' },
  { q: '¿Quién sostiene que la frontera inteligente funciona como disuasión y empuja a la gente hacia rutas más mortíferas?', options: ['La Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)', 'La organización de derechos digitales Access Now', 'La empresa LexisNexis'], right: 1, explain: 'El reportaje atribuye ese argumento a Access Now; las autoridades sostienen lo contrario.' },
  { q: '¿Por qué el reportaje conserva cifras que no coinciden en lugar de elegir una?', options: ['Para que el reportaje sea más largo', 'Para que quien lee vea en qué difieren las fuentes y cuál cifra cita el reportaje', 'Porque no pudo decidirse'], right: 1, explain: 'Las cifras que no coinciden se conservan como alternativas, con una marca en la que cita el reportaje, para que cualquiera pueda revisarlas.' },
];

export const SIDE_LABEL_ES: Record<string, string> = {
  official: 'Gobierno',
  company: 'Empresa',
  auditor: 'Auditoría',
  researcher: 'Investigación',
  critic: 'Crítica / derechos humanos',
};
