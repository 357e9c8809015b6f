// `npm run dashboards`: the imitation dashboards on loopback, for a person to click through (and for the demo).
// The sites answer under the real hostnames, so a browser reaches them only through the confining proxy,
// which refuses every other host: nothing leaves this machine.
import { parseArgs } from 'node:util'
import { makeCertificate } from '../e2e/rig/certificate'
import { startConfiningProxy } from '../e2e/rig/confining-proxy'
import { isServedHost, servedHostnames, servedHosts } from './hosts'
import { defaultOptions, type CentercodeOptions, type DashboardsOptions, type HostOptions, type TestFairyOptions } from './options'
import { startDashboards } from './server'
import { sauceLabels } from './testfairy/labels'

const usage = `Usage: npm run dashboards -- [options]
  --port N                   HTTPS port of the dashboards on 127.0.0.1 (default 8443)
  --proxy-port N             port of the loopback proxy browsers use (default 8080)
  --delay MS                 how late page content renders (default ${defaultOptions.renderDelayMs})
  --testfairy-generation G   app.testfairy.com as "integrations" (default) or "webhooks" (the older page)
  --no-feedback-event        app.testfairy.com as the newer product, without the User feedback event
  --no-centercode-row        app.testfairy.com's Integrations without the Centercode row (only the Webhook row)
  --centercode-generation G  acme.centercode.com as "legacy" (default) or "current"
  --endpoint P               how Centercode shows the endpoint: readonly-input, text-with-copy, placeholder-key, none, form-only
  --renamed-labels           acme.centercode.com with customised UI strings`

export function optionsFromArgs(args: string[]): { dashboards: DashboardsOptions; port: number; proxyPort: number } {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '8443' },
      'proxy-port': { type: 'string', default: '8080' },
      delay: { type: 'string', default: String(defaultOptions.renderDelayMs) },
      'testfairy-generation': { type: 'string', default: 'integrations' },
      'no-feedback-event': { type: 'boolean', default: false },
      'no-centercode-row': { type: 'boolean', default: false },
      'centercode-generation': { type: 'string', default: 'legacy' },
      endpoint: { type: 'string' },
      'renamed-labels': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const number = (name: string, value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--${name} must be a whole number from 0 to 65535, not "${value}"`)
    return n
  }
  const oneOf = <T extends string>(name: string, value: string, choices: readonly T[]): T => {
    if (!(choices as readonly string[]).includes(value)) throw new Error(`--${name} must be one of ${choices.join(', ')}, not "${value}"`)
    return value as T
  }
  const testfairy = defaultOptions.hosts[servedHosts.testfairy] as TestFairyOptions
  const centercode = defaultOptions.hosts[servedHosts.centercode] as CentercodeOptions
  return {
    port: number('port', values.port),
    proxyPort: number('proxy-port', values['proxy-port']),
    dashboards: {
      renderDelayMs: number('delay', values.delay),
      hosts: {
        ...defaultOptions.hosts,
        [servedHosts.testfairy]: {
          ...testfairy,
          generation: oneOf('testfairy-generation', values['testfairy-generation'], ['integrations', 'webhooks'] as const),
          feedbackEvent: !values['no-feedback-event'],
          ...(values['no-centercode-row'] ? { centercodeRow: false } : {}),
        },
        [servedHosts.centercode]: {
          ...centercode,
          generation: oneOf('centercode-generation', values['centercode-generation'], ['legacy', 'current'] as const),
          endpointPresentation: values.endpoint
            ? oneOf('endpoint', values.endpoint, ['readonly-input', 'text-with-copy', 'placeholder-key', 'none', 'form-only'] as const)
            : centercode.endpointPresentation,
          renamedLabels: values['renamed-labels'],
        },
      },
    },
  }
}

/** One line about a host's options, for the list printed at the start ('' for a look-alike). */
export function describeHost(o: HostOptions | undefined): string {
  if (!o) return ''
  if (o.site === 'centercode') {
    return `Centercode community, ${o.generation} UI${o.renamedLabels ? ', renamed labels' : ''}, endpoint as ${o.endpointPresentation}`
  }
  const generation = {
    integrations: 'Integrations page',
    webhooks: 'older Webhooks page',
    'app-distribution': 'App Distribution 2026 (no feedback event)',
    sauce: `Sauce-era (Account menu, ${sauceLabels(o.sauceNaming).settings})`,
  }[o.generation]
  return `TestFairy, ${generation}${o.feedbackEvent ? '' : ', no User feedback event'}${o.centercodeRow === false ? ', no Centercode row' : ''}`
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof optionsFromArgs>
  try {
    parsed = optionsFromArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
    process.exit(2)
  }
  const certificate = await makeCertificate(servedHostnames)
  const server = await startDashboards({ ...certificate, port: parsed.port, dashboards: parsed.dashboards })
  const proxy = await startConfiningProxy({ serverPort: server.port, allows: isServedHost, port: parsed.proxyPort })
  console.log(`Imitation dashboards on https://127.0.0.1:${server.port} (state in memory; Ctrl-C stops them)`)
  const width = Math.max(...servedHostnames.map((host) => `  https://${host}/`.length)) + 2
  for (const host of servedHostnames) console.log(`  https://${host}/`.padEnd(width) + describeHost(parsed.dashboards.hosts[host]))
  console.log(`
Browsers reach them through the loopback proxy 127.0.0.1:${proxy.port}, which refuses every other host.
Chromium, with the extension:
  chromium --user-data-dir="$(mktemp -d)" --proxy-server=http://127.0.0.1:${proxy.port} \\
    --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" --ignore-certificate-errors \\
    --load-extension="$PWD/dist/chrome" https://${servedHosts.testfairy}/
Firefox: in a new profile, Settings > Network Settings > Manual proxy 127.0.0.1 port ${proxy.port} for HTTP and HTTPS,
  "No proxy for" empty; accept the self-signed certificate once per host; load dist/firefox/manifest.json in
  about:debugging.`)
  const stop = async () => {
    await proxy.close()
    await server.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
