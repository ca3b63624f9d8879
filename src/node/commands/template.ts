import { UsageError, type Command } from "../command";
import { OutputFile } from "../atomic-file";
import { templatePackage } from "../template-workbook";

export const templateCommand: Command = {
  help: [
    "Usage: veikart template <out.xlsx> [--with-example-data] [--force]",
    "",
    "Writes the sheets Indikatorer (the default catalogue), Dimensjoner, Enheter (the six pilot units),",
    "Data, Metode and Tiltak (planned measures, empty) as Excel tables, with drop-down lists on the unit",
    "and indicator columns of Data and Tiltak.",
    "",
    "  --with-example-data   fill Data with illustrative figures for the pilot units, 2019-2023, and",
    "                        Tiltak with two illustrative measures for Stjørdal",
    "  --force               replace the file if it exists",
  ].join("\n"),
  async run(args, io) {
    const options = new Set(["--with-example-data", "--force"]);
    const unknown = args.filter((arg) => arg.startsWith("-") && !options.has(arg));
    if (unknown.length > 0) throw new UsageError(`template: unknown option ${unknown[0]}`);
    const paths = args.filter((arg) => !arg.startsWith("-"));
    if (paths.length !== 1)
      throw new UsageError("template takes one output file: veikart template <out.xlsx>");
    const path = paths[0] ?? "";
    if (!path.toLowerCase().endsWith(".xlsx"))
      throw new UsageError(`${path}: the template is written as .xlsx`);
    const withExampleData = args.includes("--with-example-data");
    const output = await OutputFile.create(path, { overwrite: args.includes("--force") });
    try {
      await output.commit(templatePackage(withExampleData).toBuffer());
    } finally {
      await output.discard();
    }
    io.stdout(
      io.language === "nb"
        ? `Skrev ${path}${withExampleData ? " med eksempeldata" : ""}.\n`
        : `Wrote ${path}${withExampleData ? " with example data" : ""}.\n`
    );
    return 0;
  },
};
