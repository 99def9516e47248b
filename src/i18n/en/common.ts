/** English UI strings shared by the whole site (chrome, figures). */
export const common = {
  'site.title': 'Smart Borders',
  'site.tagline': 'How surveillance technology follows people from Central America to the United States',
  'site.description':
    'An interactive explainer on biometric databases, surveillance tools, the CBP One app and the data-sharing agreements between the United States, Mexico, Guatemala, Honduras and El Salvador — and the people they affect.',
  'site.byline': 'By the Smart Borders team',
  'nav.skip': 'Skip to main content',
  'nav.skipGraphic': 'Skip this graphic',
  'nav.contents': 'Contents',
  'figure.source': 'Source',
  'figure.sources': 'Sources',
  'figure.data': 'Show the data as a table',
  'figure.notes': 'Notes',
  'figure.confidence.A': 'primary source',
  'figure.confidence.B': 'reported by a secondary source',
  'figure.confidence.C': 'derived from a published data file',
  'figure.noFigure': 'no published figure',
  'figure.approx': 'about',
  'figure.explore': 'Explore the values: use the arrow keys',
  'figure.exploreHint': 'Press an arrow key to step through the values',
  'figure.tableLabel': 'Data table: {title}',

  'sourcesPage.title': 'Sources',
  'sourcesPage.description': 'Every source behind the figures in Smart Borders, with publisher, title, date and whether it is a primary or secondary source.',
  'sourcesPage.intro':
    'Every figure on this site cites one of these records. Primary sources are the bodies that made the figure; secondary sources report it. Where we could only read a copy on another site, we name the original publisher and say so instead of linking the copy.',
  'source.kind.primary': 'primary',
  'source.kind.secondary': 'secondary',
  'footer.privacy': 'This site uses no cookies, no analytics and loads nothing from any other server.',
  'footer.license': 'Text and data: CC BY 4.0, unless a source says otherwise.',
} as const;
