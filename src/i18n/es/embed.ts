import type { embed as en } from '../en/embed';

/** Embeds, images and share links: the "Embed" disclosure, the embed page's credit, the view buttons. */
export const embed = {
  'embed.disclosure': 'Insertar, descargar o enlazar este gráfico',
  'embed.codeLabel': 'Código para insertar',
  'embed.codeHelp': 'Pegue este HTML en su página. Su tamaño se ajusta solo; en sitios con Pym.js o Datawrapper no hace falta más código.',
  'embed.copy': 'Copiar el código',
  'embed.copied': 'Copiado',
  'embed.copyFailed': 'Seleccionado: presione Ctrl+C o ⌘C para copiar',
  'embed.copyLink': 'Copiar el enlace a esta vista',
  'embed.linkCopied': 'Enlace copiado',
  'embed.download': 'Descargar',
  'embed.pngLight': 'PNG, claro',
  'embed.pngDark': 'PNG, oscuro',
  'embed.svgLight': 'SVG, claro',
  'embed.svgDark': 'SVG, oscuro',
  'embed.data': 'Datos (CSV, JSON)',
  'embed.getData': 'Obtener los datos',
  'embed.chartPage': 'Abrir este gráfico en su propia página',
  'embed.storySection': 'Leerlo en el reportaje',
  'embed.dataset': 'Sus datos',
  'embed.views': 'Vistas',
  'embed.view': 'Vista {n} de {total}',
  'embed.licence': 'Puede republicarse libremente bajo CC BY 4.0: dé crédito a “Smart Borders” y enlace al gráfico.',
  'embed.image': 'imagen',
} satisfies Record<keyof typeof en, string>;
