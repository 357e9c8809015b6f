// What every page of one imitation community needs: options, state, labels, the feedback types, the paths.
import type { CentercodeOptions } from '../options'
import type { SiteContext } from '../site'
import type { Labels } from './labels'
import { labelsFor } from './labels'
import type { CentercodeState, FeedbackType } from './state'
import { feedbackTypesFor } from './state'
import { pathsFor, type Paths } from './paths'

export interface Community {
  site: SiteContext
  options: CentercodeOptions
  state: CentercodeState
  labels: Labels
  types: FeedbackType[]
  paths: Paths
  /** "Acme Beta Community" for acme.centercode.com. */
  name: string
}

export function communityOf(site: SiteContext, options: CentercodeOptions, state: CentercodeState): Community {
  const sub = site.host.split('.')[0] ?? 'community'
  return {
    site,
    options,
    state,
    labels: labelsFor(options),
    types: feedbackTypesFor(options.generation),
    paths: pathsFor(options),
    name: `${sub.charAt(0).toUpperCase()}${sub.slice(1)} Beta Community`,
  }
}
