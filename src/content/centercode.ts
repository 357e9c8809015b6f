// The guide on a Centercode community page (and a community on its own domain, once allowed), while a setup runs.
import { startGuide } from './guide'

startGuide('centercode')
