/** English strings of the agreements map (map 2) and the agreements dataset. */
export const agreements = {} as const;
