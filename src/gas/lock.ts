import { KpiError } from "../core/errors";

/** How long a build or a generation waits for another one to finish. */
const LOCK_WAIT_MS = 20_000;

/**
 * Runs `work` while holding the document lock, so two editors never build or generate at once.
 * When the lock stays taken, raises scorecard.busy instead of waiting without end.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new KpiError("scorecard.busy");
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
