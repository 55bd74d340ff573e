/** A set of the words of a whitespace-separated list (the form every word class here is written in). */
export const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));
