/** The attribute on <html> that shows our content script ran and the background answered it. */
export const markAttribute = 'data-testfairy-centercode'
