// The small hand-checkable workbook of test/core/benchmark written as an .xlsx file.
import type { TemplateContent } from "../../src/core/template";
import { workbookSheetsOf } from "../../src/core/template";
import { packageOfSheets } from "../../src/node/template-workbook";
import { smallContent } from "../core/benchmark/small-workbook";

export async function writeSmallWorkbook(
  path: string,
  content: TemplateContent = smallContent
): Promise<void> {
  await packageOfSheets(workbookSheetsOf(content)).writeFile(path);
}

/** Runs `veikart` in-process with captured output. */
export async function runVeikart(
  args: string[]
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const { main } = await import("../../src/node/cli");
  let stdout = "";
  let stderr = "";
  const exitCode = await main(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    language: "en",
    interactive: false,
  });
  return { exitCode, stdout, stderr };
}
