// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { describeHost, optionsFromArgs } from './cli'
import { servedHosts } from './hosts'
import { defaultOptions } from './options'

describe('npm run dashboards options', () => {
  it('defaults to the default hosts on ports 8443 and 8080', () => {
    expect(optionsFromArgs([])).toEqual({ port: 8443, proxyPort: 8080, dashboards: defaultOptions })
  })

  it.each([
    [['--testfairy-generation', 'webhooks'], servedHosts.testfairy, { generation: 'webhooks' }],
    [['--no-feedback-event'], servedHosts.testfairy, { feedbackEvent: false }],
    [['--no-centercode-row'], servedHosts.testfairy, { centercodeRow: false }],
    [['--centercode-generation', 'current'], servedHosts.centercode, { generation: 'current' }],
    [['--endpoint', 'placeholder-key'], servedHosts.centercode, { endpointPresentation: 'placeholder-key' }],
    [['--renamed-labels'], servedHosts.centercode, { renamedLabels: true }],
  ])('%j changes %s', (args, host, expected) => {
    expect(optionsFromArgs(args).dashboards.hosts[host]).toMatchObject(expected)
  })

  it.each([
    [['--port', 'http'], '--port must be a whole number from 0 to 65535, not "http"'],
    [['--delay=-5'], '--delay must be a whole number from 0 to 65535, not "-5"'],
    [['--testfairy-generation', 'v2'], '--testfairy-generation must be one of integrations, webhooks, not "v2"'],
    [['--endpoint', 'hidden'], '--endpoint must be one of readonly-input, text-with-copy, placeholder-key, none'],
    [['--colour'], "Unknown option '--colour'"],
  ])('refuses %j with a message saying what is wrong', (args, message) => {
    expect(() => optionsFromArgs(args)).toThrow(message)
  })

  it('describes each default host in a line, the Sauce-era ones by their settings item', () => {
    expect(describeHost(defaultOptions.hosts[servedHosts.sauceUs])).toBe('TestFairy, Sauce-era (Account menu, TestFairy Settings)')
    expect(describeHost(defaultOptions.hosts[servedHosts.sauceEu])).toBe('TestFairy, Sauce-era (Account menu, Sauce Mobile App Distribution Settings)')
    expect(describeHost(defaultOptions.hosts[servedHosts.testfairy])).toBe('TestFairy, Integrations page')
    expect(describeHost(undefined)).toBe('')
  })
})
