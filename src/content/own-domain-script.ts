// Where the build puts the Centercode content script as one self-contained file (build/own-domain-script.ts),
// and the id the background registers it under for a community on its own domain.
export const ownDomainScript = { id: 'centercode-own-domain', path: 'content/centercode-own-domain.js' } as const
