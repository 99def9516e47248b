/**
 * Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as the datasets record them. No
 * zod here: chart islands import these, and the schema library must stay out of the browser.
 */
/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar day (no 31 April). */
export function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined || d === undefined) return true;
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 ("0099-12-31" is a real day).
  const utc = new Date(0);
  utc.setUTCFullYear(y!, m - 1, d);
  return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
}

/**
 * Compares two partial dates by what they share: "2013" is before "2017-05", and
 * "2019-08" vs "2019-08-22" counts as equal (neither can be shown to be later).
 */
export function comparePartialDates(a: string, b: string): number {
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const diff = Number(pa[i]) - Number(pb[i]);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The year an agreement dates from, or null when no date is known: the map filters periods by it. */
export function agreementYear(r: { dateSigned: string | null }): number | null {
  return r.dateSigned === null ? null : Number(r.dateSigned.slice(0, 4));
}
