/** English strings of the IDENT/HART databases figure. */
export const databases = {} as const;
