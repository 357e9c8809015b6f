// The guide on a TestFairy dashboard page (app.testfairy.com and private clouds), while a setup runs.
import { startGuide } from './guide'

startGuide('testfairy')
