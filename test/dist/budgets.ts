/**
 * What a dashboard page may load (#9), gzip bytes summed file by file: while idle, and while a step is guided.
 * Guided: 32 kB until #19 added where the setup stands (standing, sent-ahead, the per-phase counter, the
 * card's placement and drag), about 33 kB; 33.6 kB with #20's TestFairy question on the card and the variants a page
 * cannot do; 34 kB held that until #22's "Do it for me" (using a target as a person would, the words it never clicks,
 * its confirmations, its patience): 35.4 kB. 36 kB keeps the room tight.
 */
export const budgets = { idle: 4 * 1024, guided: 36 * 1024 }
