// The small hand-checkable workbook of test/core/benchmark written as an .xlsx file, and veikart run
// in-process with every workbook it writes checked as a package.
import { writeFile } from "node:fs/promises";
import type { TemplateContent } from "../../src/core/template";
import { workbookSheetsOf } from "../../src/core/template";
import { OutputFile } from "../../src/node/atomic-file";
import { packageOfSheets } from "../../src/node/template-workbook";
import { expectSoundPackage } from "../support/package-check";
import { smallContent } from "../core/benchmark/small-workbook";

export async function writeSmallWorkbook(
  path: string,
  content: TemplateContent = smallContent
): Promise<void> {
  const bytes = packageOfSheets(workbookSheetsOf(content)).toBuffer();
  await expectSoundPackage(bytes, path);
  await writeFile(path, bytes);
}

/** Runs `veikart` in-process with captured output; every workbook it writes is checked as a package. */
export async function runVeikart(
  args: string[]
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const { main } = await import("../../src/node/cli");
  let stdout = "";
  let stderr = "";
  const commits = jest.spyOn(OutputFile.prototype, "commit");
  let exitCode: number;
  try {
    exitCode = await main(args, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      language: "en",
      interactive: false,
    });
    for (const [content] of commits.mock.calls)
      await expectSoundPackage(content, `the output of veikart ${args.join(" ")}`);
  } finally {
    commits.mockRestore();
  }
  return { exitCode, stdout, stderr };
}
