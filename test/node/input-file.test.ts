// Opening an input that is no regular file, or too large to read: every command that reads a workbook
// or a CSV file refuses it with exit 2 and a message saying what to do, before reading a byte.
import { execFile } from "node:child_process";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { coinrFixtureFolder } from "../support/coinr-csv";
import { runVeikart, writeSmallWorkbook } from "./small-workbook-file";

const folder = mkdtempSync(join(tmpdir(), "veikart-input-"));
const workbook = join(folder, "small.xlsx");
const meta = join(coinrFixtureFolder, "ASEM_iMeta.csv");
const support = join(__dirname, "..", "support");

beforeAll(() => writeSmallWorkbook(workbook));

const fromStandardInput = {
  workbook:
    "veikart: -: reading a workbook from standard input is not supported: an .xlsx workbook is read from its end, so save it to a file first\n",
  csv: "veikart: --data -: reading a CSV file from standard input is not supported: save it to a file first\n",
};

describe("an input given as - (standard input)", () => {
  it.each([
    [["validate", "-"], fromStandardInput.workbook],
    [["benchmark", "-"], fromStandardInput.workbook],
    [["sensitivity", "-"], fromStandardInput.workbook],
    [["audit", "-"], fromStandardInput.workbook],
    [["profile", "-", "--unit", "3301"], fromStandardInput.workbook],
    [["merge", workbook, "-", "-o", join(folder, "merged.xlsx")], fromStandardInput.workbook],
    [["coin", "--data", "-", "--meta", meta], fromStandardInput.csv],
  ])("is refused by name, as standard input: veikart %j", async (args, message) => {
    const { exitCode, stderr } = await runVeikart(args);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe("a workbook given as an anonymous pipe", () => {
  it("is refused at once as a pipe, as bash's process substitution <(cat file) gives it", async () => {
    const script = `"$0" -r "$1" "$2" validate <(cat "$3")`;
    const run = promisify(execFile)("bash", [
      "-c",
      script,
      process.execPath,
      join(support, "register-typescript.js"),
      join(support, "veikart-child.ts"),
      workbook,
    ]);
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^veikart: \/dev\/fd\/\d+ is a pipe or a device, not a file: an \.xlsx workbook is read from its end, so save it to a file first\n$/
      ),
    });
  });
});

describe("a file over 2 GiB", () => {
  it("is refused unread, with its size", async () => {
    const huge = join(folder, "huge.xlsx");
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    const { exitCode, stderr } = await runVeikart(["validate", huge]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe(
      `veikart: ${huge} is 3,221,225,472 bytes: Veikart reads no file over 2 GiB\n`
    );
  });
});
