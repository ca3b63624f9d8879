// The commands `veikart --help` lists, each with the one line it shows there. A command's module (and what
// it imports: the engine, the .xlsx layer) is loaded only when that command runs or shows its own help.
import type { Command } from "../command";

export interface CommandEntry {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

/** Every `veikart` command, in the order `veikart --help` lists them. */
export const commands: readonly CommandEntry[] = [
  {
    name: "coin",
    summary: "score COINr-format data (iData + iMeta) and print a stage as CSV",
    load: async () => (await import("./coin")).coinCommand,
  },
  {
    name: "validate",
    summary: "check a workbook against the Veikart template and list every problem with its cell",
    load: async () => (await import("./validate")).validateCommand,
  },
  {
    name: "template",
    summary: "write a new Veikart workbook: the five template sheets, optionally with example data",
    load: async () => (await import("./template")).templateCommand,
  },
  {
    name: "benchmark",
    summary: "score and rank a workbook; write the Benchmark and Validering sheets into a copy",
    load: async () => (await import("./benchmark")).benchmarkCommand,
  },
  {
    name: "merge",
    summary:
      "combine the Data sheets of partners' workbooks that share one catalogue; report conflicts",
    load: async () => (await import("./merge")).mergeCommand,
  },
  {
    name: "import",
    summary:
      "bring values into Data from SSB's statistics bank or a downloaded table, with conflicts listed",
    load: async () => (await import("./import")).importCommand,
  },
  {
    name: "profile",
    summary: "one unit's profile: write the Profil sheet, or print the analysis as JSON",
    load: async () => (await import("./profile")).profileCommand,
  },
  {
    name: "demo",
    summary:
      "build, validate, benchmark and analyse the pilot workbook; write demo/veikart-demo.xlsx",
    load: async () => (await import("./demo")).demoCommand,
  },
  {
    name: "audit",
    summary: "audit the indicator set (correlations, alpha, PCA, flags) and show decoupling",
    load: async () => (await import("./audit")).auditCommand,
  },
  {
    name: "sensitivity",
    summary:
      "how sure each rank is: rank intervals under other methods, and Sobol sensitivity indices",
    load: async () => (await import("./sensitivity")).sensitivityCommand,
  },
];
