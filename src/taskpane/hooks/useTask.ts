import { useCallback, useRef, useState } from "react";
import { failureOf, type Failure } from "../office-errors";
import type { TaskControl, TaskProgress } from "./workbook-actions";

export type TaskState<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly progress: TaskProgress | undefined }
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "failed"; readonly failure: Failure }
  | { readonly kind: "cancelled" };

export interface Task<T> {
  readonly state: TaskState<T>;
  readonly start: (work: (control: TaskControl) => Promise<T>) => Promise<void>;
  readonly cancel: () => void;
}

function isCancellation(error: unknown): boolean {
  return error instanceof Error && error.name === "ReadCancelledError";
}

/** One action at a time: its progress, its result or its failure (message and Office's code), and a way to cancel. */
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
      else setState({ kind: "failed", failure: failureOf(error) });
    }
  }, []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
