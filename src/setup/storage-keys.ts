// Storage keys, in a module of their own so the idle content entry can name one without loading schemas.
export const progressKey = 'progress'
