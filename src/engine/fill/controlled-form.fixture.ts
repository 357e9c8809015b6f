// For tests only: the imitation dashboards' React-like controlled form (plain JS, so typed here once).
// @ts-ignore -- test/dashboards/static/controlled.js has no types and this tsconfig does not allow JS
import { controlForm as untyped } from '../../../test/dashboards/static/controlled.js'

export type FormState = Record<string, string | boolean>

export const controlForm: (
  form: HTMLFormElement,
  onSubmit: (state: FormState) => void,
) => { state: FormState; set(name: string, value: string | boolean): void } = untyped
