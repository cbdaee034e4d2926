import type { MessageKey } from "./i18n/messages";

/** A calendar day in a message, written the way each language writes dates. */
export interface DayParam {
  /** "yyyy-mm-dd" */
  readonly day: string;
}

/** Column keys ("actual", "target"), written as the column headers of the message's language. */
export interface HeadersParam {
  readonly headers: readonly string[];
}

/** A fraction written as a percentage, such as 0.125 as "12.5%". */
export interface PercentParam {
  readonly percent: number;
}

export type MessageParams = Readonly<Record<string, string | number | DayParam | HeadersParam | PercentParam>>;

/** Position of a cell inside the ranges a custom function received, 1-based. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * An input the core rejects: a stable message key plus the values involved. The edge turns it
 * into Vietnamese or English text with formatError, so the core never builds sentences itself.
 */
export class KpiError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly position?: CellPosition,
  ) {
    super(key);
    this.name = "KpiError";
  }

  /** Returns a copy that also records where in the ranges the bad input sits. */
  at(position: CellPosition): KpiError {
    return new KpiError(this.key, this.params, position);
  }
}
