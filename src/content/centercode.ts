// Entry on every Centercode community page.
import { announce } from './announce'

void announce('centercode')
