import { describe, expect, it } from 'vitest'
import { neverUse } from './never-use'

/** What "Do it for me" may press and what it never does, by the control's words (its name, text, value, title). */
const cases: [string, string, boolean][] = [
  ['a form button', '<button>Submit</button>', false],
  ['the webhook form', '<button>Add webhook</button>', false],
  ['a link', '<a href="/k">Create an API key</a>', false],
  ['a pencil', '<button aria-label="Modify"><svg></svg></button>', false],
  ['an e-mail menu', '<button>qa.lead@acme.example</button>', false],
  ['a word inside another ("Undeleted" is not "delete")', '<button>Undeleted items</button>', false],
  ['delete', '<button>Delete</button>', true],
  ['delete, by its accessible name only', '<button aria-label="Delete webhook"><svg></svg></button>', true],
  ['delete, by its title only', '<button title="Delete"><svg></svg></button>', true],
  ['remove', '<a href="#">Remove</a>', true],
  ['revoke', '<button>Revoke key</button>', true],
  ['disable', '<button>Disable integration</button>', true],
  ['deactivate', '<button>Deactivate</button>', true],
  ['cancel', '<a class="cancel" href="/keys">Cancel</a>', true],
  ['cancel, uppercased by the page', '<button>CANCEL</button>', true],
  ['sign out', '<a href="/logout">Sign out</a>', true],
  ['an input button', '<input type="submit" value="Delete all API keys">', true],
  ['German: löschen', '<button>Schlüssel löschen</button>', true],
  ['German: abbrechen', '<button>Abbrechen</button>', true],
  ['German: entfernen', '<button>Entfernen</button>', true],
]

describe('neverUse', () => {
  it.each(cases)('%s', (_what, markup, refused) => {
    document.body.innerHTML = markup
    expect(neverUse(document.body.firstElementChild!)).toBe(refused)
  })
})
