// Storage keys, in a module of their own so the idle content entry can name one without loading schemas.
export const progressKey = 'progress'
/** storage.session: set with the first value the setup keeps; gone, the browser emptied the session (see recapture). */
export const sessionMarkKey = 'held'
