/**
 * The story's metadata, in one place: its dates and stable address. The story's header and
 * "Last updated" line, the "Cite this" blocks and the teaching pages all read it.
 */
/** First published (ISO day). */
export const PUBLISHED = '2026-11-27';
/** Last updated (ISO day): the dated version every citation names. */
export const UPDATED = '2026-11-30';
