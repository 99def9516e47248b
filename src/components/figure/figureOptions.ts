import type { Lang } from '../../lib/format/format';
import type { Source } from '../../lib/data/sourceSchema';

/** The options every *Figure.astro takes besides its data. */
export interface FigureOptions {
  /** The source registry (data/sources.json). */
  sources: Source[];
  /** Scroll step to show (0 when standalone). */
  step?: number;
  /** Page language. */
  lang?: Lang;
  /** Unique id prefix when the figure appears more than once on a page. */
  uid?: string;
  /** Hydrate the island; false renders a static SVG (no-JS step sequences, print). */
  interactive?: boolean;
  /** Chart only, without caption, source line and table. */
  bare?: boolean;
  /** Step texts (rendered HTML): render as the story's scrolly. */
  steps?: string[];
  /** Interactive, with view buttons that follow and set `?step=` (chart pages, embeds). */
  views?: boolean;
  /** Inside an embed: no data table (the embed links to the data instead). */
  embed?: boolean;
}
