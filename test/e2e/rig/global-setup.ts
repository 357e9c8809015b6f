import type { TestProject } from 'vitest/node'
import { servedHostnames } from '../../dashboards/hosts'
import { makeCertificate, type Certificate } from './certificate'

declare module 'vitest' {
  export interface ProvidedContext {
    certificate: Certificate
  }
}

/** One certificate per test run, made fresh: nothing secret or long-lived is kept in the repository. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('certificate', await makeCertificate(servedHostnames))
}
