// The bench's one table: each figure with the extension, without it, the difference, the target, and
// whether it is met.
import type { Churn } from './churn'
import type { IdleCost } from './idle-cost'
import type { Latency } from './latency'
import type { SizeRow } from './sizes'
import type { StepLatency } from './step-latency'
import { percentile } from './stats'

export interface BenchResults {
  sizes: SizeRow[]
  idle: IdleCost[]
  latency: Record<string, Latency>
  steps: Record<string, StepLatency>
  churn: Churn
}

/** From the person's action to the next step's card, where no network is involved (issue 19). */
export const stepTargetMs = 100

/** One frame at 60 Hz. */
export const frameMs = 1000 / 60

type Row = [measure: string, withIt: string, without: string, difference: string, target: string, met: string]

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const met = (ok: boolean) => (ok ? 'yes' : 'NO')
const pageName = (url: string) => new URL(url).host

export function tableRows(results: BenchResults): Row[] {
  const rows: Row[] = []
  for (const size of results.sizes) {
    rows.push([`size: ${size.what} (gzip)`, kB(size.gzipBytes), size.budget ? '0 kB' : '', '', size.budget ? `≤ ${kB(size.budget)}` : 'for comparison', size.budget ? met(size.gzipBytes <= size.budget) : ''])
  }
  for (const idle of results.idle) {
    const script = idle.with.scriptMs - idle.without.scriptMs
    const heap = idle.with.heapBytes - idle.without.heapBytes
    rows.push([`idle: script time, ${pageName(idle.url)} (median of ${idle.loads} loads)`, ms(idle.with.scriptMs), ms(idle.without.scriptMs), ms(script), '< 1 ms', met(script < 1)])
    rows.push([`idle: JS heap, ${pageName(idle.url)} (median of ${idle.loads} loads)`, MB(idle.with.heapBytes), MB(idle.without.heapBytes), MB(heap), '< 0.5 MB', met(heap < 0.5 * 1024 * 1024)])
  }
  for (const [browser, latency] of Object.entries(results.latency)) {
    const p50 = percentile(latency.placed, 50)
    const p95 = percentile(latency.placed, 95)
    rows.push([`latency, ${browser}: target inserted → spotlight placed (p50 / p95 of ${latency.trials})`, `${ms(p50)} / ${ms(p95)}`, '', '', `p95 ≤ ${ms(frameMs)}`, met(p95 <= frameMs)])
    rows.push([`latency, ${browser}: target inserted → the frame that paints it (p50 / p95)`, `${ms(percentile(latency.painted, 50))} / ${ms(percentile(latency.painted, 95))}`, '', '', '', ''])
  }
  for (const [browser, steps] of Object.entries(results.steps)) {
    const p95 = percentile(steps.shown, 95)
    rows.push([`step, ${browser}: click → the next card, a step passed over between (p50 / p95 of ${steps.trials})`, `${ms(percentile(steps.shown, 50))} / ${ms(p95)}`, '', '', `p95 ≤ ${ms(stepTargetMs)}`, met(p95 <= stepTargetMs)])
  }
  const { churn } = results
  const pageOwn = churn.scriptMs.with - churn.extensionMs
  const share = churn.extensionMs / pageOwn
  rows.push([`churn ${churn.seconds} s: the extension's functions in the CPU profile, share of the page's own script`, ms(churn.extensionMs), '', `${(share * 100).toFixed(2)} %`, '< 5 %', met(share < 0.05)])
  const added = churn.scriptMs.with - churn.scriptMs.without
  rows.push([`churn ${churn.seconds} s: the page's script time, with and without the extension`, ms(churn.scriptMs.with), ms(churn.scriptMs.without), `${ms(added)} (${((added / churn.scriptMs.without) * 100).toFixed(1)} %)`, '', ''])
  return rows
}

export function printTable(results: BenchResults): void {
  const header: Row = ['measure', 'with the extension', 'without', 'difference', 'target', 'met']
  const rows = [header, ...tableRows(results)]
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  const line = (row: Row) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of rows.slice(1)) console.log(line(row))
}
