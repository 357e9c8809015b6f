// A question asked again whenever something changes, at most one at a time: changes that come while it is
// being answered are asked about once, after (a step writes storage several times at once). A question that
// failed (the background stopped while answering it) is asked again at once, up to `tries` times in a row:
// the answer it missed may be the last change there is (the setup done).
export function oneAtATime(run: () => Promise<void>, tries = 3): () => Promise<void> {
  let running: Promise<void> | null = null
  let again = false
  return () => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      let failed = 0
      try {
        do {
          again = false
          try {
            await run()
            failed = 0
          } catch (error) {
            if (++failed >= tries) throw error
            again = true
          }
        } while (again)
      } finally {
        running = null
      }
    })()
    return running
  }
}
