/** The attribute on <html> that shows the guide's script runs on this page (set to "running"). */
export const markAttribute = 'data-testfairy-centercode'
