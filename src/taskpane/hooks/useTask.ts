import { useCallback, useRef, useState } from "react";
import type { ReadProgress, TaskControl } from "./workbook-actions";

export type TaskState<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress: ReadProgress | undefined }
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "cancelled" };

export interface Task<T> {
  readonly state: TaskState<T>;
  readonly start: (work: (control: TaskControl) => Promise<T>) => Promise<void>;
  readonly cancel: () => void;
}

function isCancellation(error: unknown): boolean {
  return error instanceof Error && error.name === "ReadCancelledError";
}

/** One action at a time: its progress, its result or its error as a plain message, and a way to cancel. */
export function useTask<T>(): Task<T> {
  const [state, setState] = useState<TaskState<T>>({ kind: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);
  const start = useCallback(async (work: (control: TaskControl) => Promise<T>) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ kind: "running", progress: undefined });
    try {
      const value = await work({
        signal: current.signal,
        onProgress: (progress) => setState({ kind: "running", progress }),
      });
      setState({ kind: "done", value });
    } catch (error) {
      if (isCancellation(error)) setState({ kind: "cancelled" });
      else
        setState({
          kind: "failed",
          message: error instanceof Error ? error.message : String(error),
        });
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
