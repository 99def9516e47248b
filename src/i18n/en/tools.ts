/** English strings of the surveillance-tools network figure. */
export const tools = {} as const;
