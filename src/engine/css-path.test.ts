import { describe, expect, it } from 'vitest'
import { cssPathOf } from './css-path'

describe('cssPathOf', () => {
  it.each([
    ['a stable id', '<form><input id="webhook-url"></form>', 'input', '#webhook-url'],
    ['a generated id: falls back to the name', '<form><input id="react-1234" name="url"></form>', 'input', 'input[name="url"]'],
    ['a name', '<form><input name="webhook-name"><input name="webhook-url"></form>', 'input:nth-of-type(2)', 'input[name="webhook-url"]'],
    ['a path from the nearest id', '<div id="panel"><p><button>A</button><button>B</button></p></div>', 'button:nth-of-type(2)', '#panel > p > button:nth-of-type(2)'],
    ['a path from the document', '<main><ul><li>a</li><li>b</li></ul></main>', 'li:nth-of-type(2)', 'body > main > ul > li:nth-of-type(2)'],
  ])('%s', (_what, markup, pick, expected) => {
    document.body.innerHTML = markup
    const element = document.querySelector(pick)!
    const selector = cssPathOf(element)
    expect(selector).toBe(expected)
    expect(document.querySelectorAll(selector!)).toHaveLength(1)
    expect(document.querySelector(selector!)).toBe(element)
  })
})
