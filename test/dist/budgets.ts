/** What a dashboard page may load (#9), gzip bytes summed file by file: while idle, and while a step is guided. */
export const budgets = { idle: 4 * 1024, guided: 32 * 1024 }
