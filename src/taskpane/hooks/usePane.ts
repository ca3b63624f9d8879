// The pane's state: the settings of each action, the actions' progress and results, and the ribbon's
// requests, which run the same actions with the settings the pane holds.
import { createRef, useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { listenToRibbon, type RibbonRequest } from "../../commands/ribbon-requests";
import { unitCodesIn, type PeerSet } from "../../core/benchmark";
import type { Language } from "../../core/language";
import type { WorkbookContent } from "../../core/validate";
import { useTask, type Task, type TaskState } from "./useTask";
import type {
  BenchmarkRequest,
  OpenWorkbookBenchmark,
  TemplateCreation,
  ValidationOutcome,
  WorkbookActions,
} from "./workbook-actions";

export type PeerChoice =
  | { readonly kind: "all" }
  | { readonly kind: "group"; readonly group: string }
  | { readonly kind: "units"; readonly codes: string };

export interface BenchmarkChoices {
  /** Undefined: the latest year with data. */
  readonly year: number | undefined;
  readonly peers: PeerChoice;
  /** Unit codes, separated by commas, that the charts show even when they cannot show every unit. */
  readonly highlight: string;
  /** Metode settings the pane overrides, by setting key. */
  readonly methodOverrides: Readonly<Record<string, string>>;
  readonly saveMethod: boolean;
  /** Show the index and rank with and without the Tiltak sheet's measures. */
  readonly withMeasures: boolean;
}

export const initialBenchmarkChoices: BenchmarkChoices = {
  year: undefined,
  peers: { kind: "all" },
  highlight: "",
  methodOverrides: {},
  saveMethod: false,
  withMeasures: true,
};

export function peerSetOf(choice: PeerChoice): PeerSet {
  if (choice.kind !== "units") return choice;
  return { kind: "units", unitCodes: unitCodesIn(choice.codes) };
}

/** The benchmark request the choices make: the benchmark's, and the profile's run. */
export function benchmarkRequestOf(
  choices: BenchmarkChoices,
  language: Language
): BenchmarkRequest {
  return {
    language,
    ranAt: new Date().toISOString(),
    ...(choices.year === undefined ? {} : { year: choices.year }),
    peers: peerSetOf(choices.peers),
    highlight: unitCodesIn(choices.highlight),
    methodOverrides: choices.methodOverrides,
    saveMethod: choices.saveMethod,
    withMeasures: choices.withMeasures,
  };
}

export interface Pane {
  readonly template: Task<TemplateCreation>;
  readonly validation: Task<ValidationOutcome>;
  readonly benchmark: Task<OpenWorkbookBenchmark>;
  readonly withExampleData: boolean;
  readonly setWithExampleData: (value: boolean) => void;
  readonly writeValidationSheet: boolean;
  readonly setWriteValidationSheet: (value: boolean) => void;
  readonly choices: BenchmarkChoices;
  readonly setChoices: (choices: BenchmarkChoices) => void;
  /** What the latest validation read: years, groups and units to choose among. */
  readonly content: WorkbookContent | undefined;
  readonly createTemplate: (() => void) | undefined;
  readonly validate: (() => void) | undefined;
  readonly runBenchmark: (() => void) | undefined;
  readonly selectCell: ((reference: string) => void) | undefined;
  /** The element around the section that shows each request's result, scrolled to for the ribbon. */
  readonly resultSections: Readonly<Record<RibbonRequest, RefObject<HTMLDivElement | null>>>;
}

type RibbonTasks = Readonly<
  Record<RibbonRequest, { readonly run: () => void; readonly kind: TaskState<unknown>["kind"] }>
>;

/**
 * Runs the ribbon's requests once the pane can reach the workbook (until then they wait), and keeps
 * the section of the latest one in view until every requested task has settled, since a result
 * above it can still grow. Returns the refs App puts around the sections.
 */
function useRibbonRequests(
  actions: WorkbookActions | undefined,
  tasks: RibbonTasks
): Pane["resultSections"] {
  const [resultSections] = useState(() => ({
    validate: createRef<HTMLDivElement>(),
    benchmark: createRef<HTMLDivElement>(),
  }));
  /** The tasks the ribbon asked for that have not yet settled. */
  const requested = useRef(new Set<RibbonRequest>());
  const latest = useRef<RibbonRequest | undefined>(undefined);
  const { validate, benchmark } = tasks;

  // Declared before the listener's effect: requests that waited run inside that effect, so this
  // effect first sees them in the next render, running.
  useEffect(() => {
    const shown = latest.current;
    if (shown === undefined) return;
    resultSections[shown].current?.scrollIntoView({ block: "start" });
    for (const request of requested.current)
      if (tasks[request].kind !== "running") requested.current.delete(request);
    if (requested.current.size === 0) latest.current = undefined;
  }, [resultSections, validate.kind, benchmark.kind]);

  useEffect(() => {
    if (actions === undefined) return undefined;
    return listenToRibbon((request) => {
      requested.current.add(request);
      latest.current = request;
      tasks[request].run();
    });
  }, [actions, validate.run, benchmark.run]);

  return resultSections;
}

export function usePane(actions: WorkbookActions | undefined, language: Language): Pane {
  const template = useTask<TemplateCreation>();
  const validation = useTask<ValidationOutcome>();
  const benchmark = useTask<OpenWorkbookBenchmark>();
  const [withExampleData, setWithExampleData] = useState(true);
  const [writeValidationSheet, setWriteValidationSheet] = useState(false);
  const [choices, setChoices] = useState(initialBenchmarkChoices);
  const { start: startTemplate } = template;
  const { start: startValidation } = validation;
  const { start: startBenchmark } = benchmark;

  const validate = useCallback(() => {
    if (actions === undefined) return;
    void startValidation((control) =>
      actions.validate({ writeSheet: writeValidationSheet, language }, control)
    );
  }, [actions, language, startValidation, writeValidationSheet]);

  const runBenchmark = useCallback(() => {
    if (actions === undefined) return;
    void startBenchmark((control) =>
      actions.benchmark(benchmarkRequestOf(choices, language), control)
    );
  }, [actions, choices, language, startBenchmark]);

  const resultSections = useRibbonRequests(actions, {
    validate: { run: validate, kind: validation.state.kind },
    benchmark: { run: runBenchmark, kind: benchmark.state.kind },
  });

  const validated = validation.state.kind === "done" ? validation.state.value.content : undefined;
  const benchmarked = benchmark.state.kind === "done" ? benchmark.state.value : undefined;
  const content = benchmarked?.kind === "invalid" ? benchmarked.validation.content : validated;

  return {
    template,
    validation,
    benchmark,
    withExampleData,
    setWithExampleData,
    writeValidationSheet,
    setWriteValidationSheet,
    choices,
    setChoices,
    content,
    createTemplate:
      actions === undefined
        ? undefined
        : () => void startTemplate(() => actions.createTemplate(withExampleData)),
    validate: actions === undefined ? undefined : validate,
    runBenchmark: actions === undefined ? undefined : runBenchmark,
    selectCell:
      actions === undefined
        ? undefined
        : (reference) =>
            // A cell that moved or vanished since the validation simply is not selected.
            void actions.selectCell(reference).catch(() => undefined),
    resultSections,
  };
}
