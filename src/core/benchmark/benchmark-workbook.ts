// A benchmark run on a workbook's content: the peer set's units, every year, the Metode sheet's method.
import type { Aggregate, Dataset, Framework, Indicator, Issue, Unit } from "../model";
import { peerGroupsOf } from "../model/units";
import type { PipelineResult } from "../model/pipeline-result";
import { datasetFromObservations, resultsOf, runPipeline, type UnitYearResult } from "../pipeline";
import type { WorkbookContent } from "../validate";
import { reportBenchmarkIssue as report } from "./benchmark-issues";
import { dataFingerprint } from "./data-fingerprint";
import { methodFromTemplate, type BenchmarkMethod } from "./method-from-template";
import { peerSetOfGroup, selectHighlighted, selectPeers, type PeerSet } from "./peer-set";

export interface BenchmarkOptions {
  /** The year ranked; default the latest year with data for the peer set. */
  readonly year?: number;
  /** Default: the Metode sheet's peer group. */
  readonly peers?: PeerSet;
  /** Metode settings by name, key or alias, such as `{ Normalisering: "z-skår" }`. */
  readonly methodOverrides?: Readonly<Record<string, string>>;
  /**
   * Unit codes of the peer set to highlight: the charts always show them (as many as there is room
   * for) when they cannot show every unit. The pane passes its chosen units, the command line --highlight.
   */
  readonly highlight?: readonly string[];
}

export interface BenchmarkRun {
  readonly method: BenchmarkMethod;
  readonly peers: PeerSet;
  /** The peer set's units, in register order. */
  readonly units: readonly Unit[];
  /** The codes of the units to highlight, each once, in the order asked for. */
  readonly highlighted: readonly string[];
  readonly framework: Framework;
  /** The root of the aggregation tree (the index). */
  readonly index: Aggregate;
  /** Every aggregate below the index, in framework order. */
  readonly dimensions: readonly Aggregate[];
  /** The indicators that are scored (direction 1 or -1). */
  readonly scoredIndicators: readonly Indicator[];
  /** The years with at least one value for the peer set, ascending. */
  readonly years: readonly number[];
  /** The year ranked; null when the run is blocked. */
  readonly year: number | null;
  /** The latest year with data before `year`, if any. */
  readonly previousYear: number | null;
  readonly fingerprint: string;
  readonly observationCount: number;
  /** One entry per unit and year with data: scores, coverage, ranks. */
  readonly results: readonly UnitYearResult[];
  readonly pipeline: PipelineResult | null;
  /** The peer set's data as the engine read it (every year); null when the run is blocked. */
  readonly dataset: Dataset | null;
  /** Problems with the options (method overrides, peers, highlighted units, year): when any, nothing is scored. */
  readonly blockingIssues: readonly Issue[];
  /** What the engine reported while loading and scoring, and Metode warnings (on-track thresholds replaced). */
  readonly engineIssues: readonly Issue[];
}

const fallbackIndex: Aggregate = { id: "INDEX", name: "Indeks", weight: 1 };

/** The year to rank: the one asked for if it has data, else the latest; an issue when there is none. */
function chosenYear(
  years: readonly number[],
  asked: number | undefined
): { year: number | null; issues: Issue[] } {
  if (years.length === 0) return { year: null, issues: [report("no_data", {})] };
  if (asked === undefined) return { year: years[years.length - 1] ?? null, issues: [] };
  if (!years.includes(asked))
    return {
      year: null,
      issues: [report("year_without_data", { year: asked, years }, { year: asked })],
    };
  return { year: asked, issues: [] };
}

/**
 * Runs the engine on a workbook's content (as `validateWorkbook` read it) for a peer set: every year is
 * scored, so that changes since the previous and the base year can be shown beside the chosen year.
 */
export function benchmarkWorkbook(
  content: WorkbookContent,
  options: BenchmarkOptions = {}
): BenchmarkRun {
  const peerGroups = peerGroupsOf(content.units);
  const mapped = methodFromTemplate(content.settings, options.methodOverrides ?? {}, peerGroups);
  const peers = options.peers ?? peerSetOfGroup(mapped.method.peerGroup);
  const selected = selectPeers(content.units, peers);
  const highlighted = selectHighlighted(
    content.units,
    selected.units,
    peers,
    options.highlight ?? []
  );
  const peerCodes = new Set(selected.units.map((unit) => unit.code));
  const observations = content.observations.filter((observation) =>
    peerCodes.has(observation.unitCode)
  );
  const yearsWithValues = new Set<number>();
  for (const observation of observations)
    if (observation.value !== null) yearsWithValues.add(observation.year);
  const years = [...yearsWithValues].sort((a, b) => a - b);
  const chosen = chosenYear(years, options.year);
  const framework = content.framework;
  const index =
    framework.aggregates.find((aggregate) => aggregate.parentId === undefined) ?? fallbackIndex;
  const base = {
    method: mapped.method,
    peers,
    units: selected.units,
    highlighted: highlighted.unitCodes,
    framework,
    index,
    dimensions: framework.aggregates.filter((aggregate) => aggregate.parentId !== undefined),
    scoredIndicators: framework.indicators.filter((indicator) => indicator.direction !== 0),
    years,
    fingerprint: dataFingerprint({ ...content, units: selected.units, observations }),
    observationCount: observations.length,
  };
  const methodErrors = mapped.issues.filter((issue) => issue.severity === "error");
  const methodWarnings = mapped.issues.filter((issue) => issue.severity !== "error");
  const optionIssues = [...methodErrors, ...selected.issues, ...highlighted.issues];
  const blockingIssues = [...optionIssues, ...(optionIssues.length === 0 ? chosen.issues : [])];
  if (blockingIssues.length > 0 || chosen.year === null)
    return {
      ...base,
      year: null,
      previousYear: null,
      results: [],
      pipeline: null,
      dataset: null,
      blockingIssues,
      engineIssues: [],
    };
  const year = chosen.year;
  const loaded = datasetFromObservations(framework, selected.units, observations);
  const pipeline = runPipeline({
    framework,
    dataset: loaded.value,
    settings: mapped.method.settings,
  });
  return {
    ...base,
    year,
    previousYear: [...years].reverse().find((candidate) => candidate < year) ?? null,
    results: resultsOf(pipeline),
    pipeline,
    dataset: loaded.value,
    blockingIssues,
    engineIssues: [...methodWarnings, ...loaded.issues, ...pipeline.issues],
  };
}
