export type Severity = "error" | "warning" | "info";

/**
 * A domain problem, reported as a value. `code` is a stable snake_case id whose message lives in the
 * catalogue (src/core/issues.ts). Positions are 0-based row/column indexes into the grid the core was
 * given; the adapters turn them into addresses such as "Data!D17" and fill `cell`.
 */
export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: { readonly nb: string; readonly en: string };
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: number;
  readonly cell?: string;
  readonly unit?: string;
  readonly indicator?: string;
  readonly year?: number;
  readonly value?: unknown;
  /** How far past its threshold a finding lies (larger is worse), so summaries can show the worst first. */
  readonly magnitude?: number;
}

/** A result that carries warnings on success too. */
export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue<Code>[] }
  | { readonly ok: false; readonly issues: readonly Issue<Code>[] };

export function ok<T, Code extends string>(
  value: T,
  issues: readonly Issue<Code>[] = []
): Result<T, Code> {
  return { ok: true, value, issues };
}

export function failure<Code extends string>(issues: readonly Issue<Code>[]): Result<never, Code> {
  return { ok: false, issues };
}
