// Why "Do it for me" handed a step to the person: message keys, said on the guided card at that step. The engine
// says them (its type checks each); the background takes no other (src/setup/messages.ts).
export const autoStopReasons = [
  'autoTakenOver', 'autoDeclined', 'autoStoppedNotFound', 'autoStoppedPage', 'autoStoppedStuck', 'autoStoppedRefused',
  'autoStoppedDialog', 'autoStoppedProblem', 'autoStoppedChoice', 'autoStoppedCannot',
] as const
export type AutoStopReason = (typeof autoStopReasons)[number]
