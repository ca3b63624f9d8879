import { readFileSync } from "node:fs";
import { join } from "node:path";
import { version } from "../../src/functions/functions";
import { installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

describe("VEIKART.VERSION", () => {
  it("gives the version in package.json", () => {
    const packageJson = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")
    ) as { version: string };
    expect(version()).toBe(packageJson.version);
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
