import { ontrack } from "../../src/functions/functions";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

const row = (...cells: unknown[]) => [cells];
const years = row(2020, 2021, 2022);

function officeIn(displayLanguage: string): void {
  (globalThis as { Office?: unknown }).Office = { context: { displayLanguage } };
}

describe("VEIKART.ONTRACK", () => {
  it("rates the pace since the first year against the pace needed, by the documented thresholds", () => {
    // needed: (40 - 10) / (2024 - 2020) = 7.5 a year
    expect(ontrack(row(10, 20, 30), years, 40, 2024)).toBe("on track"); // 10 a year: 133 %
    expect(ontrack(row(10, 20, 24.25), years, 40, 2024)).toBe("on track"); // 7.125: exactly 95 %
    expect(ontrack(row(10, 20, 24), years, 40, 2024)).toBe("moderate progress"); // 7: 93 %
    expect(ontrack(row(10, 12, 17.5), years, 40, 2024)).toBe("moderate progress"); // 3.75: exactly 50 %
    expect(ontrack(row(10, 12, 17.4), years, 40, 2024)).toBe("stagnating"); // 3.7: 49 %
    expect(ontrack(row(10, 11, 12), years, 40, 2024)).toBe("stagnating"); // 1: 13 %
    expect(ontrack(row(10, 10, 10), years, 40, 2024)).toBe("stagnating"); // 0
    expect(ontrack(row(10, 9, 8), years, 40, 2024)).toBe("moving away"); // -1
  });

  it("calls a reached target on track, and a target year passed without it moderate at best", () => {
    expect(ontrack(row(10, 20, 45), years, 40, 2021)).toBe("on track");
    expect(ontrack(row(10, 20, 30), years, 35, 2022)).toBe("moderate progress");
  });

  it("rates a falling series against a lower target, and a rise as moving away", () => {
    expect(ontrack(row(8, 6, 4), years, 2, 2030)).toBe("on track");
    expect(ontrack(row(8, 9, 10), years, 2, 2030, "lower")).toBe("moving away");
  });

  it("writes the rating in bokmål when Office's language is Norwegian", () => {
    officeIn("nb-NO");
    expect(ontrack(row(10, 20, 30), years, 40, 2024)).toBe("på sporet");
    expect(ontrack(row(10, 10, 10), years, 40, 2024)).toBe("stagnerer");
    expect(ontrack(row(10, 9, 8), years, 40, 2024)).toBe("går feil vei");
    expect((ontrack(row(10, ""), row(2020, 2021), 40, 2024) as FakeExcelError).message).toBe(
      "Trenger minst 2 år med verdier, men serien har 1."
    );
  });

  it("gives #N/A with one year of values, and #VALUE! for a target year not after the first year", () => {
    expect((ontrack(row(10, ""), row(2020, 2021), 40, 2024) as FakeExcelError).code).toBe("#N/A");
    const early = ontrack(row(10, 20), row(2020, 2021), 40, 2019) as FakeExcelError;
    expect([early.code, early.message]).toEqual([
      "#VALUE!",
      "The target year 2019 is not after the baseline year 2020; the pace needed is undefined.",
    ]);
  });

  it("gives #N/A for a blank target year and #VALUE! for one that is not a year", () => {
    expect((ontrack(row(10, 20), row(2020, 2021), 40, "") as FakeExcelError).message).toBe(
      "The targetyear is missing: the cell is empty."
    );
    expect((ontrack(row(10, 20), row(2020, 2021), 40, "snart") as FakeExcelError).code).toBe(
      "#VALUE!"
    );
  });

  it("takes the Metode sheet's thresholds, so a cell can rate as the Benchmark sheet does", () => {
    expect(ontrack(row(10, 20, 24), years, 40, 2024, "", 0.9)).toBe("on track"); // 93 % >= 90 %
    expect(ontrack(row(10, 11, 12), years, 40, 2024, "", "", 0.1)).toBe("moderate progress"); // 13 %
    expect(ontrack(row(10, 11, 12), years, 40, 2024, "", "", 0.2)).toBe("stagnating");
  });

  it("measures the pace as compound growth when asked, in English or bokmål", () => {
    // 10, 12, 14 towards 20 in 2024: linear 2 a year against 2.5 needed (80 %);
    // compound 18.3 % a year against 18.9 % needed (97 %)
    const series = row(10, 12, 14);
    expect(ontrack(series, years, 20, 2024)).toBe("moderate progress");
    expect(ontrack(series, years, 20, 2024, "", "", "", "compound")).toBe("on track");
    expect(ontrack(series, years, 20, 2024, "", "", "", "Årlig vekstrate")).toBe("on track");
    expect(ontrack(series, years, 20, 2024, "", "", "", "lineær")).toBe("moderate progress");
  });

  it("gives #VALUE! for thresholds out of order, a share that is not a number and an unknown pace", () => {
    const outOfOrder = ontrack(row(10, 20, 30), years, 40, 2024, "", 0.5, 0.8) as FakeExcelError;
    expect(outOfOrder.code).toBe("#VALUE!");
    expect(outOfOrder.message).toMatch(/moderateShare/);
    expect((ontrack(row(10, 20, 30), years, 40, 2024, "", "mye") as FakeExcelError).code).toBe(
      "#VALUE!"
    );
    const pace = ontrack(row(10, 20, 30), years, 40, 2024, "", "", "", "fort") as FakeExcelError;
    expect([pace.code, pace.message]).toEqual(["#VALUE!", expect.stringContaining("pace")]);
  });
});
