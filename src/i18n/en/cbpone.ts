/** English strings of the CBP One figure. */
export const cbpone = {} as const;
