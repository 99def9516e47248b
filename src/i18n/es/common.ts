import type { common as en } from '../en/common';

/** Spanish UI strings shared by the whole site (chrome, figures). Same keys as ../en/common. */
export const common = {
  // "Smart Borders" is the project's name, kept as credited in embeds, images and citations.
  'site.title': 'Smart Borders',
  'site.tagline': 'Cómo la tecnología de vigilancia sigue a las personas desde Centroamérica hasta Estados Unidos',
  'site.description':
    'Un reportaje interactivo sobre bases de datos biométricos, herramientas de vigilancia, la aplicación CBP One y los acuerdos para compartir datos entre Estados Unidos, México, Guatemala, Honduras y El Salvador, y sobre las personas a las que afectan.',
  'site.byline': 'Por el equipo de Smart Borders',
  'nav.skip': 'Ir al contenido principal',
  'nav.skipGraphic': 'Saltar este gráfico',
  'nav.contents': 'Contenido',
  'figure.source': 'Fuente',
  'figure.sources': 'Fuentes',
  'figure.data': 'Ver los datos en una tabla',
  'figure.notes': 'Notas',
  'figure.confidence.A': 'fuente primaria',
  'figure.confidence.B': 'según una fuente secundaria',
  'figure.confidence.C': 'calculado a partir de un archivo de datos publicado',
  'figure.noFigure': 'no encontramos ninguna cifra',
  'figure.approx': 'cerca de',
  'figure.explore': 'Recorra los valores: use las teclas de flecha',
  'figure.exploreHint': 'Presione una tecla de flecha para recorrer los valores',
  'figure.tableLabel': 'Tabla de datos: {title}',

  'sourcesPage.title': 'Fuentes',
  'sourcesPage.description':
    'Todas las fuentes de las cifras de Smart Borders, con quién las publicó, título, fecha y si son fuentes primarias o secundarias.',
  'sourcesPage.intro':
    'Cada cifra de este sitio cita uno de estos registros. Las fuentes primarias son los organismos que produjeron la cifra; las secundarias la reportan. Cuando solo pudimos leer una copia en otro sitio, nombramos a quien la publicó originalmente y lo advertimos, en lugar de enlazar la copia.',
  'source.kind.primary': 'primaria',
  'source.kind.secondary': 'secundaria',
  'notFound.title': 'Página no encontrada',
  'notFound.description': 'No hay ninguna página en esta dirección de Smart Borders.',
  'notFound.lead': 'No hay ninguna página en esta dirección. Quizá se escribió mal o la página cambió de lugar.',
  'notFound.where': 'Adónde ir desde aquí',
  'notFound.story': 'Leer el reportaje',
  'notFound.charts': 'Los gráficos, cada uno en su propia página',
  'notFound.data': 'Datos y descargas',
  'notFound.teach': 'La guía para docentes',
  'notFound.glossary': 'Glosario',
  'notFound.sources': 'Todas las fuentes',
  'footer.story': 'El reportaje',
  'footer.data': 'Datos y descargas',
  'footer.sources': 'Todas las fuentes',
  'footer.nav': 'Sitio',
  'footer.privacy': 'Este sitio no usa cookies ni herramientas de analítica, y no carga nada desde otros servidores.',
  'footer.license': 'Textos y datos: CC BY 4.0, salvo que una fuente indique otra cosa.',
} satisfies Record<keyof typeof en, string>;
