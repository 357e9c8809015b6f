// Entry on every TestFairy dashboard page (app.testfairy.com and private clouds).
import { announce } from './announce'

void announce('testfairy')
