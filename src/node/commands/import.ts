import { basename, extname } from "node:path";
import {
  DataImportError,
  DownloadedTableError,
  downloadedTableNotes,
  planDataImport,
  readTableForIndicator,
  type DataImportPlan,
  type ImportedObservation,
} from "../../core/import";
import {
  fetchPxWebQueries,
  PxWebCancelledError,
  PxWebError,
  ssbApiBaseUrl,
} from "../../core/import/pxweb-client";
import {
  hasSsbSource,
  observationsOfScope,
  planUnitAppends,
  ssbImportQueries,
  unitsMissingFrom,
  type SsbImportScope,
  type UnitAppendPlan,
} from "../../core/import/ssb-import-scope";
import type { Language } from "../../core/issues";
import { dataSheet, unitsSheet, namesOf } from "../../core/template";
import { validateWorkbook, type SheetGrid, type WorkbookGrids } from "../../core/validate";
import { OutputFile } from "../atomic-file";
import { maxSizeOption } from "../read-limits";
import { UsageError, type Command, type CommandIo } from "../command";
import { parseArguments, type ParsedArguments } from "../command-arguments";
import { readCsvFile, CsvFormatError } from "../csv";
import {
  outputOption,
  unitsOption,
  yearsOption,
  type ImportOutput,
} from "../import/import-options";
import {
  datasetsOfResponses,
  readSavedResponses,
  saveResponses,
  type DatasetsByTable,
} from "../import/saved-responses";
import { importChangesWorkbook, writeImport } from "../import/write-import";
import { progressOn } from "../progress";
import { openWorkbook, type OpenedWorkbook } from "../workbook-grids";

const help = [
  "Usage: veikart import ssb <workbook.xlsx> [--indicators ID,...] [--years 2015-2024]",
  "                          [--units all|group:<name>|<codes>] [--replace]",
  "                          [--save-responses <dir>] [--from-responses <dir>] [-o out.xlsx | --in-place]",
  "       veikart import table <workbook.xlsx> <file.xlsx|.csv> --indicator ID [--sheet S]",
  "                          [--unit-column C] [--year-columns C,D,...] [--source TEXT]",
  "                          [--replace] [-o out.xlsx | --in-place]",
  "",
  "Brings values into the workbook's Data sheet: new unit, indicator and year rows are appended, values",
  "already there are left alone, and a value that differs is a conflict: listed, and replaced only with",
  "--replace. Every row records its source in Kilde. Running the same import again changes nothing.",
  "",
  "import ssb fetches the indicators whose Indikatorer row has an SSB source (SSB-tabell, SSB-innhold,",
  "SSB-utvalg, SSB-nevner, Skala) from Statistics Norway's PxWebApi 2, within SSB's limits (800,000",
  "cells a request, 30 requests a minute), mapping older kommune codes onto today's.",
  "  --indicators ID,...   only these indicators (default: every indicator with an SSB source)",
  "  --years 2015-2024     the years (default 2015 to last year)",
  "  --units U             the units of Enheter (default), all (every kommune and fylke of the register),",
  "                        group:<name>, or codes; units not in Enheter are added with name and level",
  "  --save-responses DIR  also write each response as <table>-<n>.json",
  "  --from-responses DIR  read the JSON-stat files of DIR instead of asking SSB (a file serves the",
  "                        table its name, or its label, starts with)",
  "  --api URL             another PxWebApi 2 address (default https://data.ssb.no/api/pxwebapi/v2)",
  "",
  "import table reads a downloaded table (units as rows and years as columns, or one row per unit and",
  "year) from an .xlsx sheet or a .csv file into one indicator. Units are read from codes, from",
  '"5001 Trondheim" labels, or from names that match the register once.',
  "  --indicator ID        the indicator the values belong to (required)",
  "  --sheet S             the sheet of an .xlsx file (default the first)",
  "  --unit-column C       the column with the units, as a letter (default found by its header)",
  "  --year-columns C,...  the year columns, as letters (default every column headed by a year)",
  "  --source TEXT         what Kilde records (default the file's name)",
  "",
  "  --replace             replace values that differ (default: list them and write nothing)",
  "  -o, --out FILE        the output workbook (default <name>.imported.xlsx beside the input)",
  "  --in-place            write into the input workbook",
  "  --force               replace an existing output file",
  "  --max-size SIZE       the most the workbook may unpack to (default 200MB), such as 500MB",
  "  --lang nb|en          messages in bokmål or English",
  "",
  "Exit code: 0 imported (or nothing to change), 1 conflicts without --replace (nothing written),",
  "2 unreadable input, a failed fetch or bad options.",
].join("\n");

const text = (language: Language, nb: string, en: string) => (language === "nb" ? nb : en);

function gridNamed(grids: WorkbookGrids, names: readonly string[]): SheetGrid | undefined {
  const wanted = names.map((name) => name.toLowerCase());
  return grids.find((grid) => wanted.includes(grid.name.toLowerCase()));
}

function dataGridOf(workbook: OpenedWorkbook): SheetGrid {
  const grid = gridNamed(workbook.grids, namesOf(dataSheet));
  if (grid === undefined)
    throw new UsageError(`the workbook has no Data sheet (${namesOf(dataSheet).join(" or ")})`);
  return grid;
}

function lastYear(): number {
  return new Date().getFullYear() - 1;
}

function columnOption(textValue: string, option: string): number {
  const letters = textValue.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letters))
    throw new UsageError(`${option} takes a column letter such as B, not "${textValue}"`);
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

interface Outcome {
  readonly plan: DataImportPlan;
  readonly unitPlan: UnitAppendPlan | undefined;
  readonly notes: readonly string[];
}

/** Prints the outcome, writes when there is something to write and no unresolved conflict. */
async function finish(
  io: CommandIo,
  workbook: OpenedWorkbook,
  output: ImportOutput,
  outputFile: OutputFile,
  outcome: Outcome,
  replace: boolean
): Promise<number> {
  const { plan, unitPlan, notes } = outcome;
  const language = io.language;
  for (const note of notes) io.stdout(`${note}\n`);
  for (const conflict of plan.conflicts)
    io.stdout(
      text(
        language,
        `Konflikt ${conflict.address}: ${conflict.unit} ${conflict.indicator} ${conflict.year}: ${conflict.existing} i arbeidsboken, ${conflict.incoming.value} fra ${conflict.incoming.source}`,
        `Conflict ${conflict.address}: ${conflict.unit} ${conflict.indicator} ${conflict.year}: ${conflict.existing} in the workbook, ${conflict.incoming.value} from ${conflict.incoming.source}`
      ) + "\n"
    );
  const unitsAdded = unitPlan?.appends.length ?? 0;
  io.stdout(
    text(
      language,
      `Lagt til ${plan.appends.length}, fylt inn ${plan.filled}, uendret ${plan.unchanged}, i konflikt ${plan.conflicts.length} (erstattet ${plan.replaced}), mangler hos kilden ${plan.missingAtSource.length}; enheter lagt til i Enheter: ${unitsAdded}.`,
      `Added ${plan.appends.length}, filled ${plan.filled}, unchanged ${plan.unchanged}, in conflict ${plan.conflicts.length} (replaced ${plan.replaced}), missing at source ${plan.missingAtSource.length}; units added to Enheter: ${unitsAdded}.`
    ) + "\n"
  );
  if (plan.conflicts.length > 0 && !replace) {
    io.stdout(
      text(
        language,
        "Ingenting skrevet: verdiene over er ulike i arbeidsboken; --replace erstatter dem.\n",
        "Nothing written: the values above differ from the workbook's; --replace replaces them.\n"
      )
    );
    return 1;
  }
  if (!importChangesWorkbook(plan, unitPlan) && output.inPlace) {
    io.stdout(text(language, "Ingenting å endre.\n", "Nothing to change.\n"));
    return 0;
  }
  writeImport(workbook.xlsx, plan, unitPlan);
  await outputFile.commit(workbook.xlsx.toBuffer());
  io.stdout(text(language, `Skrev ${output.path}.\n`, `Wrote ${output.path}.\n`));
  return 0;
}

function planInto(
  workbook: OpenedWorkbook,
  observations: readonly ImportedObservation[],
  replace: boolean
): DataImportPlan {
  try {
    return planDataImport(dataGridOf(workbook), observations, { replace });
  } catch (error) {
    if (error instanceof DataImportError) throw new UsageError(error.message);
    throw error;
  }
}

/** Runs `work` with the output file created first (so an unwritable target fails before any reading), then removes what was not committed. */
async function withOutputFile(
  output: ImportOutput,
  inputs: readonly string[],
  work: (outputFile: OutputFile) => Promise<number>
): Promise<number> {
  const outputFile = await OutputFile.create(output.path, {
    overwrite: output.force || output.inPlace,
    inPlace: output.inPlace,
    inputs,
  });
  try {
    return await work(outputFile);
  } finally {
    await outputFile.discard();
  }
}

async function importSsb(parsed: ParsedArguments, io: CommandIo): Promise<number> {
  if (parsed.positional.length !== 1)
    throw new UsageError("import ssb takes one workbook: veikart import ssb <workbook.xlsx>");
  const input = parsed.positional[0] as string;
  const output = outputOption(parsed, input);
  const replace = parsed.flags.has("--replace");
  const fromFolder = parsed.values.get("--from-responses");
  const saveFolder = parsed.values.get("--save-responses");
  if (fromFolder !== undefined && saveFolder !== undefined)
    throw new UsageError("give either --from-responses or --save-responses, not both");
  return withOutputFile(output, [input], async (outputFile) => {
    const language = io.language;

    const workbook = await openWorkbook(input, maxSizeOption(parsed.values.get("--max-size")));
    const { content } = validateWorkbook(workbook.grids);
    const withSource = content.framework.indicators.filter(hasSsbSource);
    const asked = parsed.values.get("--indicators");
    const indicators =
      asked === undefined
        ? withSource
        : asked
            .split(/[,;\s]+/)
            .filter((id) => id !== "")
            .map((id) => {
              const indicator = content.framework.indicators.find(
                (candidate) => candidate.id === id
              );
              if (indicator === undefined)
                throw new UsageError(`--indicators: ${id} is not an indicator of Indikatorer`);
              if (!hasSsbSource(indicator))
                throw new UsageError(
                  `--indicators: ${id} has no SSB source (SSB-tabell, SSB-innhold)`
                );
              return indicator;
            });
    if (indicators.length === 0)
      throw new UsageError(
        "no indicator of Indikatorer has an SSB source (SSB-tabell, SSB-innhold)"
      );
    const years = yearsOption(parsed.values.get("--years") ?? `2015-${lastYear()}`);
    const units = unitsOption(parsed.values.get("--units"), content.units);
    const scope: SsbImportScope = { indicators, units, years };
    const queries = fromFolder === undefined ? ssbImportQueries(scope) : [];

    const progress = progressOn(io, queries.length + 2);
    try {
      let byTable: DatasetsByTable;
      if (fromFolder !== undefined) {
        progress.step(
          text(language, `leser svar i ${fromFolder}`, `reading responses in ${fromFolder}`)
        );
        byTable = await readSavedResponses(fromFolder);
      } else {
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once("SIGINT", stop);
        try {
          const responses = await fetchPxWebQueries(queries, {
            fetch: (url, init) => fetch(url, init),
            signal: controller.signal,
            baseUrl: parsed.values.get("--api") ?? ssbApiBaseUrl,
            language: language === "nb" ? "no" : "en",
            onProgress: ({ done, total }) => {
              if (done > 0)
                progress.step(
                  text(
                    language,
                    `forespørsel ${done} av ${total} til SSB`,
                    `request ${done} of ${total} to SSB`
                  )
                );
            },
          });
          if (saveFolder !== undefined) await saveResponses(saveFolder, responses);
          byTable = datasetsOfResponses(responses);
        } catch (error) {
          if (error instanceof PxWebError || error instanceof PxWebCancelledError)
            throw new UsageError(error.message);
          throw error;
        } finally {
          process.removeListener("SIGINT", stop);
        }
      }
      const found = observationsOfScope(scope, byTable);
      const notes = [
        ...found.failures.map(({ indicator, message }) =>
          text(
            language,
            `Ikke importert: ${indicator}: ${message}`,
            `Not imported: ${indicator}: ${message}`
          )
        ),
        ...found.reports.flatMap(({ indicator, report }) => [
          ...report.splits.map(({ unit, year, codes }) =>
            text(
              language,
              `${indicator}: ${unit} ${year} er ikke importert: ${codes.join(", ")} ble delt, og delingen gjettes ikke`,
              `${indicator}: ${unit} ${year} is not imported: ${codes.join(", ")} was split, which is not guessed`
            )
          ),
          ...report.notAdditive.map(({ unit, year, codes }) =>
            text(
              language,
              `${indicator}: ${unit} ${year} er ikke importert: verdiene for ${codes.join(", ")} kan ikke legges sammen`,
              `${indicator}: ${unit} ${year} is not imported: the values of ${codes.join(", ")} do not add up`
            )
          ),
          ...(report.unknownCodes.length === 0
            ? []
            : [
                text(
                  language,
                  `${indicator}: ukjente regionkoder hos SSB: ${report.unknownCodes.join(", ")}`,
                  `${indicator}: region codes SSB has that the register does not know: ${report.unknownCodes.join(", ")}`
                ),
              ]),
        ]),
      ];
      progress.step(text(language, `skriver ${output.path}`, `writing ${output.path}`));
      const plan = planInto(workbook, found.observations, replace);
      const unitsGrid = gridNamed(workbook.grids, namesOf(unitsSheet));
      const missingUnits = unitsMissingFrom(content.units, units);
      const unitPlan =
        unitsGrid === undefined || missingUnits.length === 0
          ? undefined
          : planUnitAppends(unitsGrid, missingUnits);
      progress.done();
      return await finish(io, workbook, output, outputFile, { plan, unitPlan, notes }, replace);
    } finally {
      progress.done();
    }
  });
}

async function gridOfTableFile(path: string, sheet: string | undefined): Promise<SheetGrid> {
  const extension = extname(path).toLowerCase();
  if (extension === ".csv") {
    try {
      const table = await readCsvFile(path);
      return { name: basename(path), values: [table.header, ...table.rows] };
    } catch (error) {
      if (error instanceof CsvFormatError) throw new UsageError(`${path}: ${error.message}`);
      throw new UsageError(`${path} cannot be read (${(error as Error).message})`);
    }
  }
  if (extension !== ".xlsx")
    throw new UsageError(`${path}: import table reads .xlsx or .csv files`);
  const { grids } = await openWorkbook(path);
  const grid = sheet === undefined ? grids[0] : grids.find((candidate) => candidate.name === sheet);
  if (grid === undefined)
    throw new UsageError(
      sheet === undefined ? `${path} has no sheets` : `${path} has no sheet named ${sheet}`
    );
  return grid;
}

async function importTable(parsed: ParsedArguments, io: CommandIo): Promise<number> {
  if (parsed.positional.length !== 2)
    throw new UsageError(
      "import table takes the workbook and the table: veikart import table <workbook.xlsx> <file.xlsx|.csv>"
    );
  const [input, tablePath] = parsed.positional as [string, string];
  const output = outputOption(parsed, input);
  const replace = parsed.flags.has("--replace");
  const indicatorId = parsed.values.get("--indicator");
  if (indicatorId === undefined) throw new UsageError("import table needs --indicator <ID>");
  return withOutputFile(output, [input, tablePath], async (outputFile) => {
    const workbook = await openWorkbook(input, maxSizeOption(parsed.values.get("--max-size")));
    const { content } = validateWorkbook(workbook.grids);
    const indicator = content.framework.indicators.find(
      (candidate) => candidate.id === indicatorId
    );
    if (indicator === undefined)
      throw new UsageError(`--indicator: ${indicatorId} is not an indicator of Indikatorer`);
    const grid = await gridOfTableFile(tablePath, parsed.values.get("--sheet"));
    const unitColumn = parsed.values.get("--unit-column");
    const yearColumns = parsed.values.get("--year-columns");
    let reading;
    try {
      reading = readTableForIndicator(grid, indicator, {
        source: parsed.values.get("--source") ?? basename(tablePath),
        ...(unitColumn === undefined
          ? {}
          : { unitColumn: columnOption(unitColumn, "--unit-column") }),
        ...(yearColumns === undefined
          ? {}
          : {
              yearColumns: yearColumns
                .split(/[,;\s]+/)
                .filter((letters) => letters !== "")
                .map((letters) => columnOption(letters, "--year-columns")),
            }),
      });
    } catch (error) {
      if (error instanceof DownloadedTableError) throw new UsageError(error.message);
      throw error;
    }
    const notes = downloadedTableNotes(reading.report, io.language);
    const plan = planInto(workbook, reading.observations, replace);
    const unitsGrid = gridNamed(workbook.grids, namesOf(unitsSheet));
    const missingUnits = unitsMissingFrom(content.units, [
      ...new Set(reading.observations.map((observation) => observation.unit)),
    ]);
    const unitPlan =
      unitsGrid === undefined || missingUnits.length === 0
        ? undefined
        : planUnitAppends(unitsGrid, missingUnits);
    return finish(io, workbook, output, outputFile, { plan, unitPlan, notes }, replace);
  });
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const [source, ...rest] = args;
  const parsed = parseArguments(rest, {
    command: `import ${source ?? ""}`.trim(),
    flags: ["--replace", "--in-place", "--force"],
    valued: [
      "--out",
      "--indicators",
      "--indicator",
      "--years",
      "--units",
      "--save-responses",
      "--from-responses",
      "--api",
      "--sheet",
      "--unit-column",
      "--year-columns",
      "--source",
      "--max-size",
    ],
    aliases: { "-o": "--out" },
  });
  if (source === "ssb") return importSsb(parsed, io);
  if (source === "table") return importTable(parsed, io);
  throw new UsageError("import takes ssb or table: veikart import ssb|table ... (see --help)");
}

export const importCommand: Command = {
  help,
  run,
};
