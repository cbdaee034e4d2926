/**
 * LockService on an emulated clock. Waiting never sleeps: a lock held by "another process" either
 * frees at a set emulated time or not at all, and tryLock/waitLock move the clock by what they waited.
 * Locks of an execution are released when it ends, and when it shows an alert, because a dialog
 * suspends the script and its lock does not survive it.
 */
import { Emulated } from "./facade";
import { ExecutionScope } from "./scope";
import { fail, failSignature } from "./errors";

export type LockKind = "document" | "script" | "user";

const OTHER_PROCESS = -1;

interface Holder {
  readonly executionId: number;
  /** Emulated time at which another process frees the lock; undefined holds it for ever. */
  readonly releaseAtMs?: number;
}

export class LockTable {
  /** Emulated milliseconds spent waiting for locks and in Utilities.sleep. */
  clockMs = 0;
  private readonly holders = new Map<LockKind, Holder>();

  /** Makes another process hold the lock, for ever or for `releaseAfterMs` of emulated time. */
  holdByOtherProcess(kind: LockKind, releaseAfterMs?: number): void {
    this.holders.set(kind, {
      executionId: OTHER_PROCESS,
      releaseAtMs: releaseAfterMs === undefined ? undefined : this.clockMs + releaseAfterMs,
    });
  }

  releaseOtherProcess(kind: LockKind): void {
    if (this.holders.get(kind)?.executionId === OTHER_PROCESS) this.holders.delete(kind);
  }

  isHeld(kind: LockKind): boolean {
    return this.holders.has(kind);
  }

  acquire(kind: LockKind, executionId: number, timeoutMs: number): boolean {
    const holder = this.holders.get(kind);
    if (!holder || holder.executionId === executionId) {
      this.holders.set(kind, { executionId });
      return true;
    }
    if (holder.releaseAtMs !== undefined && holder.releaseAtMs <= this.clockMs + timeoutMs) {
      this.clockMs = Math.max(this.clockMs, holder.releaseAtMs);
      this.holders.set(kind, { executionId });
      return true;
    }
    this.clockMs += timeoutMs;
    return false;
  }

  holds(kind: LockKind, executionId: number): boolean {
    return this.holders.get(kind)?.executionId === executionId;
  }

  release(kind: LockKind, executionId: number): void {
    if (this.holds(kind, executionId)) this.holders.delete(kind);
  }

  releaseAll(executionId: number): void {
    for (const [kind, holder] of [...this.holders]) if (holder.executionId === executionId) this.holders.delete(kind);
  }
}

export class Lock extends Emulated {
  readonly className = "Lock";

  constructor(
    private readonly scope: ExecutionScope,
    private readonly kind: LockKind,
  ) {
    super();
  }

  private timeout(method: string, timeoutInMillis: unknown): number {
    if (typeof timeoutInMillis !== "number" || !(timeoutInMillis >= 0)) failSignature("Lock", method, [timeoutInMillis]);
    return timeoutInMillis;
  }

  tryLock(timeoutInMillis: number): boolean {
    const timeout = this.timeout("tryLock", timeoutInMillis);
    return this.scope.locks.acquire(this.kind, this.scope.execution.id, timeout);
  }

  waitLock(timeoutInMillis: number): void {
    const timeout = this.timeout("waitLock", timeoutInMillis);
    if (!this.scope.locks.acquire(this.kind, this.scope.execution.id, timeout)) {
      fail("Lock timeout: another process was holding the lock for too long.");
    }
  }

  hasLock(): boolean {
    return this.scope.locks.holds(this.kind, this.scope.execution.id);
  }

  releaseLock(): void {
    this.scope.locks.release(this.kind, this.scope.execution.id);
  }
}

export class LockService extends Emulated {
  readonly className = "LockService";

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  getDocumentLock(): Lock {
    return new Lock(this.scope, "document");
  }
  getScriptLock(): Lock {
    return new Lock(this.scope, "script");
  }
  getUserLock(): Lock {
    return new Lock(this.scope, "user");
  }
}
