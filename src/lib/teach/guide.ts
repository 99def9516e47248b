/**
 * The teaching material's words: objectives, discussion questions per story section, the data
 * activities and the quiz. Numbers never appear here as text: an activity's answers are ids in
 * the build-time answer key (answers.ts), rendered where the key is shown.
 */
import type { AnswerId } from './answers';
import type { Lang } from '../format/format';
import { OBJECTIVES_ES, QUESTIONS_ES, ACTIVITIES_ES, QUIZ_ES, SIDE_LABEL_ES } from './guide.es';

export const OBJECTIVES = [
  'Explain what a “smart border” is and name three kinds of technology it combines (databases, apps, data-sharing agreements, surveillance tools).',
  'Compare two counts of migrant deaths and explain why organisations that count differently get different numbers.',
  'Weigh the evidence behind official, company, auditor, researcher and critic statements, telling a sourced claim from an opinion.',
  'Trace how personal data collected in Mexico and Central America can reach U.S. agencies, and identify what is still unknown about it.',
  'Use a spreadsheet to filter, sum and compare figures from a published dataset, and check a figure against its source.',
] as const;

/** Two or three discussion questions per story section (section ids as in src/content/en). */
export const QUESTIONS: { section: string; questions: string[] }[] = [
  { section: 'route', questions: [
    'Why do people leave Guatemala, Honduras and El Salvador, according to the story? Which of these reasons could a border policy change, and which could it not?',
    'IOM calls its figures “minimum estimates”. What does that tell you about how to read the map?',
  ] },
  { section: 'smart-borders', questions: [
    'Officials call the smart border safer and more humane; Access Now calls it deterrence. What evidence does each side point to?',
    'Why does the Border Patrol’s count differ from IOM’s? Give two reasons.',
    'Cato found that deaths per apprehension rose. What else, besides more danger, could make a rate like that rise?',
  ] },
  { section: 'data-economy', questions: [
    'What is the difference between data an agency collects itself and data it buys or demands from companies?',
    'An administrative subpoena needs no judge. Who do you think should check such requests, and why?',
  ] },
  { section: 'cbp-one', questions: [
    'The app asked for a live photo and the phone’s location before booking. What were those checks for, and what risks do they bring?',
    'Compare the number of daily appointments with the number of people waiting. What would you expect people to do while they wait?',
    'Officials described the app as a success; critics pointed to its limits. Which facts in the section support each view?',
  ] },
  { section: 'across-borders', questions: [
    'Most of these agreements are not published in full. How does the story know what is in them, and how sure can it be?',
    'Why does Access Now single out El Salvador’s arrangement? Use the state of exception in your answer, and say what El Salvador’s government says about the people detained.',
  ] },
  { section: 'next-database', questions: [
    'IDENT’s size is reported as “identities” in some years and “people” in others. Why does that matter when comparing years?',
    'HART is late and over its planned cost, government auditors found. Who is responsible for checking a project like this?',
  ] },
  { section: 'what-it-means', questions: [
    'List the “trail” a person might leave on the journey north. Which parts could they avoid, and at what cost?',
    'Why might collecting biometrics be harder to question when an aid group does it?',
    'Pick one item from “What we still don’t know”. How could a journalist or a researcher find it out?',
  ] },
  { section: 'sources-method', questions: [
    'What is the difference between an A, a B and a C figure? Find one of each in the story.',
    'Why does the story keep figures that disagree instead of choosing one?',
  ] },
];

export interface Activity {
  id: string;
  title: string;
  /** What students learn to do. */
  skill: string;
  /** The CSV files to open (paths under /data/). */
  files: { href: string; label: string }[];
  /** Spreadsheet steps; `{filter}` and formulas are the same in Google Sheets, Excel and LibreOffice unless noted. */
  steps: string[];
  /** Questions with a numeric answer in the key (by answer id), and open questions after them. */
  questions: { text: string; answers?: AnswerId[] }[];
  /** What the key says beside the numbers. */
  explain: string;
}

export const ACTIVITIES: Activity[] = [
  {
    id: 'two-counts',
    title: 'Two ways of counting deaths',
    skill: 'Filter a table, read a series, and explain why two counts of the same thing differ.',
    files: [{ href: '/data/border-deaths.csv', label: 'border-deaths.csv' }],
    steps: [
      'Open border-deaths.csv and turn on the filter (see “Opening a CSV” above).',
      'Filter the column alternative to FALSE, so each year keeps one figure.',
      'Filter series to usbp (the Border Patrol, by fiscal year). Note the count for 2022 and the year with the largest value.',
      'Now filter series to iom-usmx (IOM, by calendar year) and note the count for 2022.',
      'In an empty cell, subtract the IOM figure from the Border Patrol figure.',
    ],
    questions: [
      { text: 'What did the Border Patrol count for fiscal 2022, and IOM for calendar 2022?', answers: ['usbp-2022', 'iom-2022'] },
      { text: 'How far apart are they?', answers: ['deaths-gap-2022'] },
      { text: 'How many fiscal years have a Border Patrol figure, starting in which year? In which year is the count highest?', answers: ['usbp-years', 'usbp-first-year', 'usbp-max-year'] },
      { text: 'Give two reasons the counts differ. Can you add or compare them year for year? Why not?' },
    ],
    explain: 'The Border Patrol counts by fiscal year (October to September) and only bodies its agents found or processed on U.S. soil; IOM counts by calendar year, on both sides of the border, and includes the missing. Both are revised, and both are known to be incomplete, so they cannot be compared year for year.',
  },
  {
    id: 'cbp-one-slots',
    title: 'CBP One: slots and people waiting',
    skill: 'Find figures in a table by their id, divide, and say what a ratio means and what it leaves out.',
    files: [{ href: '/data/cbp-one/figure.csv', label: 'cbp-one/figure.csv' }],
    steps: [
      'Open cbp-one/figure.csv (one row per published figure) and turn on the filter.',
      'Find the row with id capacity-2023-06 (appointments a day) and the row demand-2024 (people competing for them). Read qualifier for each.',
      'Divide the people waiting by the appointments a day: =ROUND(B2/B3, 0), pointing at the two value cells. Then round the same division up: =ROUNDUP(B2/B3, 0).',
    ],
    questions: [
      { text: 'How many appointments a day did the app offer from 30 June 2023, and about how many people were competing for them in late 2024?', answers: ['cbp-slots', 'cbp-waiting'] },
      { text: 'About how many people were waiting for each daily slot?', answers: ['cbp-per-slot'] },
      { text: 'If no one new joined, how many days of slots would it take to give each person waiting one appointment?', answers: ['cbp-days'] },
      { text: 'The second figure is “about”, an average reported by a news outlet. What does that change about how you should word your answer?' },
    ],
    explain: 'The ratio is a rough scale, not a waiting time: people joined and left the queue every day, some booked for families, and the waiting figure is an approximate average from a secondary source (confidence B).',
  },
  {
    id: 'source-audit',
    title: 'A source audit',
    skill: 'Count with filters or COUNTIF, compute a percentage, and judge a story by its sources.',
    files: [{ href: '/data/sources.csv', label: 'sources.csv' }],
    steps: [
      'Open sources.csv: one row per source the story cites.',
      'Count all sources: =COUNTA(A2:A1000).',
      'Count primary and secondary sources: =COUNTIF(G2:G1000, "primary") and the same with "secondary" (column kind).',
      'Count sources with an original URL: =COUNTIF(E2:E1000, "?*") on the url column. Divide by the total and format as a percentage.',
      'Count the Spanish-language sources with =COUNTIF on the language column.',
    ],
    questions: [
      { text: 'How many sources does the story cite? How many are primary, how many secondary?', answers: ['sources-total', 'sources-primary', 'sources-secondary'] },
      { text: 'How many have a link to the original publisher, and what share is that (rounded)?', answers: ['sources-url', 'sources-url-pct'] },
      { text: 'How many sources are in Spanish?', answers: ['sources-es'] },
      { text: 'Read the url_note of three sources without a URL. Why might a source have no original link, and how much should you trust it?' },
    ],
    explain: 'Primary sources are the bodies that made a figure (a government, GAO, IOM); secondary sources report someone else’s figure. A source without an original URL was read on a copy; its note says which.',
  },
  {
    id: 'el-salvador',
    title: 'El Salvador’s detentions over time',
    skill: 'Sort by date, read qualifiers, compute a change and a time span, and chart a series.',
    files: [{ href: '/data/el-salvador-exception/detention.csv', label: 'el-salvador-exception/detention.csv' }],
    steps: [
      'Open el-salvador-exception/detention.csv and turn on the filter.',
      'Filter alternative to FALSE (one figure per report) and sort by date, oldest first.',
      'Note the first and the latest value and their qualifiers; subtract to find the increase.',
      'Count the months between the two dates (dates are only as precise as the source: a date like 2022-04 is a month).',
      'Select the date and value columns and insert a line or scatter chart.',
    ],
    questions: [
      { text: 'What is the first detention figure in the data, and the latest?', answers: ['sv-first', 'sv-last'] },
      { text: 'By how much did the cumulative count grow, and over how many months?', answers: ['sv-increase', 'sv-months'] },
      { text: 'How many government figures are there in the data (main records only)?', answers: ['sv-reports'] },
      { text: 'Every figure comes from the government, as the press reported it. Why does the story say no count of detentions from anyone else was found, and why does that matter?' },
    ],
    explain: 'The figures are cumulative (everyone detained since the decree, not the number held on that day) and come from the government; several carry “more than” or “about”, so the increase is approximate too.',
  },
  {
    id: 'route',
    title: 'Where on the route deaths are recorded',
    skill: 'Filter on two columns, sum with SUMIFS, and compare parts of a whole.',
    files: [
      { href: '/data/route-deaths/region.csv', label: 'route-deaths/region.csv' },
      { href: '/data/route-deaths/route-cause.csv', label: 'route-deaths/route-cause.csv' },
    ],
    steps: [
      'Open route-deaths/region.csv: dead and missing by IOM region and year, 2014 to May 2022.',
      'Sum dead_missing for each region: =SUMIFS(F:F, A:A, "North America"), pointing at the dead_missing and key columns; repeat for "Central America".',
      'Sum the whole dead_missing column and divide North America’s total by it.',
      'Open route-deaths/route-cause.csv, filter key to US-Mexico border crossing and read the row for drowning.',
    ],
    questions: [
      { text: 'How many dead and missing did IOM record in its region “North America”, and in “Central America”?', answers: ['route-north-america', 'route-central-america'] },
      { text: 'What share of all the dead and missing in the file is that for North America (rounded)?', answers: ['route-north-pct'] },
      { text: 'How many dead and missing by drowning did IOM record on the U.S.–Mexico border-crossing route?', answers: ['route-drowning'] },
      { text: 'The last year in the file is partial. Why should you not compare 2022 with 2021?' },
    ],
    explain: 'These are IOM’s recorded incidents in one export (newest record May 2022): minimum estimates, revised later, and the region names are IOM’s own. Causes are recorded only where IOM recorded one.',
  },
];

export interface QuizItem {
  q: string;
  options: string[];
  /** Index of the right option. */
  right: number;
  explain: string;
}

export const QUIZ: QuizItem[] = [
  { q: 'What is a “smart border”, in the story’s words?', options: ['A wall with cameras on top', 'A system of cameras, sensors, databases, apps and data-sharing deals reaching beyond the border', 'A border that is only crossed with an app'], right: 1, explain: 'The story describes a system: technology at the line plus databases, apps and data-sharing deals reaching deep into Mexico and Central America.' },
  { q: 'Why do the Border Patrol’s and IOM’s death counts differ?', options: ['One of them is wrong', 'They count different periods and places, and IOM includes the missing', 'IOM only counts deaths in Mexico'], right: 1, explain: 'The Border Patrol counts by fiscal year and on U.S. soil; IOM by calendar year, on both sides of the border, including the missing. Neither is complete.' },
  { q: 'What does it mean that IOM’s figures are “minimum estimates”?', options: ['The real number is at least this high', 'The real number is probably lower', 'They are rounded down to the nearest hundred'], right: 0, explain: 'Only recorded cases are counted, so the true number is at least as large.' },
  { q: 'What is an administrative subpoena?', options: ['A court order signed by a judge', 'A demand for records an agency issues itself, without a judge', 'A request from a foreign government'], right: 1, explain: 'The story defines it as a demand for records that an agency issues itself, without a judge.' },
  { q: 'What did CBP One check before a person could request an appointment?', options: ['Their passport and visa', 'A live photo of their face and the phone’s location', 'Their social media accounts'], right: 1, explain: 'The app took a live photo and read the phone’s location; only people inside a designated area could request an appointment.' },
  { q: 'Which is true of most of the data-sharing agreements with Mexico and Central American countries?', options: ['They are published in full', 'They have not been published in full; their content is known from releases, fact sheets and quotations', 'They were approved by each country’s courts'], right: 1, explain: 'The story’s “What we still don’t know” says most texts have not been published in full.' },
  { q: 'What is HART?', options: ['The system DHS is building to replace IDENT', 'A CBP app for travellers', 'A Mexican immigration database'], right: 0, explain: 'HART, the Homeland Advanced Recognition Technology system, is meant to replace IDENT; auditors found it late and over its planned cost.' },
  { q: 'In the story’s confidence codes, what is a “B” figure?', options: ['A figure calculated by the story’s team', 'A figure reported by a news outlet or advocacy group, not the body that made it', 'A figure the team could not check'], right: 1, explain: 'A is primary, B secondary (“reported by”), C derived by the team from a dataset.' },
  { q: 'Who makes the argument that the smart border works as deterrence, pushing people onto deadlier routes?', options: ['U.S. Customs and Border Protection', 'The digital-rights group Access Now', 'The company LexisNexis'], right: 1, explain: 'The story attributes the argument to Access Now; officials make the opposite case.' },
  { q: 'Why does the story keep figures that disagree instead of choosing one?', options: ['To make the story longer', 'So readers can see where sources differ and which figure the story quotes', 'Because it could not decide'], right: 1, explain: 'Disagreeing figures are kept as alternatives, with the one the story quotes marked, so readers can check.' },
];

export const SIDE_LABEL: Record<string, string> = {
  official: 'Government',
  company: 'Company',
  auditor: 'Auditor',
  researcher: 'Researcher',
  critic: 'Critic / rights group',
};

/** The guide's text in one language (the same ids, sections and answers in each: tests/data/teach-text.data.test.ts). */
export function guide(lang: Lang) {
  return lang === 'es'
    ? { OBJECTIVES: OBJECTIVES_ES, QUESTIONS: QUESTIONS_ES, ACTIVITIES: ACTIVITIES_ES, QUIZ: QUIZ_ES, SIDE_LABEL: SIDE_LABEL_ES }
    : { OBJECTIVES, QUESTIONS, ACTIVITIES, QUIZ, SIDE_LABEL };
}
