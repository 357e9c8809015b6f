// A question asked again whenever something changes, at most one at a time: changes that come while it is
// being answered are asked about once, after (a step writes storage several times at once).
export function oneAtATime(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null
  let again = false
  return () => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      try {
        do {
          again = false
          await run()
        } while (again)
      } finally {
        running = null
      }
    })()
    return running
  }
}
