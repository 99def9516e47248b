/** English strings of story. */
export const story = {} as const;
