/** English strings of the data downloads and data pages. */
export const data = {} as const;
