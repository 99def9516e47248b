import { z } from 'zod';
import { COUNT_QUALIFIERS } from './countQualifier';

/** The source's own wording of a count: "as-stated", "about", "nearly", "more-than" or "at-least". */
export const CountQualifier = z.enum(COUNT_QUALIFIERS);
