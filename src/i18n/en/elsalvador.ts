/** English strings of the El Salvador state-of-exception figure. */
export const elsalvador = {} as const;
