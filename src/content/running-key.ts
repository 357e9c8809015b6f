/**
 * Where a running guide leaves its signal: a global of the content scripts' own world, which the page cannot
 * see (nothing of the guide marks the page itself). A second copy of the script finds it there.
 */
export const runningKey = '__testfairyCentercodeGuide'
