import type { story as en } from '../en/story';

/** Spanish strings of the story page chrome (the prose itself is in src/content/es). */
export const story = {
  'story.kicker': 'Un reportaje interactivo',
  // The project's name, as in site.title.
  'story.title': 'Smart Borders',
  'story.dek':
    'Bases de datos biométricos, intermediarios de datos, una aplicación de asilo y acuerdos discretos para compartir información siguen hoy a las personas desde Centroamérica hasta Estados Unidos. Qué es esta “frontera inteligente”, qué recopila y qué les cuesta a las personas que vigila.',
  'story.published': 'Publicado',
  'story.updated': 'Actualizado',
  'story.lastUpdated': 'Última actualización:',
  'story.readingTime': '{minutes} min de lectura',
  'story.toc': 'En este reportaje',
  'story.permalink': 'Enlace a esta sección',
  'story.backToTop': 'Volver al contenido',
  'scrolly.announce': 'Gráfico, paso {n} de {total}: {desc}',
  'scrolly.stepFigure': 'Gráfico de este paso',
  'scrolly.afterGraphic': 'Fin del gráfico',
  'story.officialCase.title': 'La versión oficial',
  'story.officialCase.intro':
    'Lo que dicen de estas herramientas las agencias, los funcionarios y las empresas que están detrás de ellas, en nuestras palabras y según lo reportan nuestras fuentes:',
  'story.officialCase.source': 'Fuente',
  'story.officialCase.note': 'Los argumentos de sus críticos recorren el reportaje, con su atribución.',
  'story.officialCase.data': 'Cada declaración, con las palabras de quien la hizo',
  'story.standing.on': 'al',
  'sources.heading': 'Todas las fuentes',
  'sources.notesElsewhere': 'Cómo leímos cada fuente y qué contiene: la página de fuentes',
  'sources.intro':
    'Cada cifra de este reportaje enlaza con uno de estos registros. Las fuentes primarias produjeron la cifra; las secundarias la reportaron.',
} satisfies Record<keyof typeof en, string>;
