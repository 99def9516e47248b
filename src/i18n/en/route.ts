/** English strings of the route map (map 1). */
export const route = {} as const;
