/** English strings of the story page chrome (the prose itself is in src/content/en). */
export const story = {
  'story.kicker': 'An interactive explainer',
  'story.title': 'Smart Borders',
  'story.dek':
    'Biometric databases, data brokers, an asylum app and quiet data-sharing deals now follow people from Central America to the United States. What this “smart border” is, what it collects, and what it costs the people it watches.',
  'story.published': 'Published',
  'story.updated': 'Updated',
  'story.lastUpdated': 'Last updated:',
  'story.readingTime': '{minutes} min read',
  'story.toc': 'In this story',
  'story.permalink': 'Link to this section',
  'story.backToTop': 'Back to contents',
  'scrolly.announce': 'Graphic, step {n} of {total}: {desc}',
  'scrolly.stepFigure': 'Graphic for this step',
  'scrolly.afterGraphic': 'End of graphic',
  'sources.heading': 'All sources',
  'sources.intro': 'Every figure in this story links to one of these records. Primary sources made the figure; secondary sources reported it.',
} as const;
