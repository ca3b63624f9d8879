import { generatedMarkerText, type TablePlan } from "../../../src/core/sheet-plan";
import {
  defaultFramework,
  measuresSheet,
  templateRoomToGrow,
  templateSheetPlans,
  templateSheets,
  templateWorkbook,
  workbookSheetsOf,
} from "../../../src/core/template";

function tableOf(plans: ReturnType<typeof templateSheetPlans>, name: string): TablePlan {
  const [block] = plans.find((plan) => plan.name === name)?.blocks ?? [];
  if (block?.kind !== "table") throw new Error(`${name} has no table`);
  return block;
}

describe("templateSheetPlans", () => {
  const plans = templateSheetPlans(templateWorkbook(true));

  it("plans each template sheet, Tiltak last, as one input table from A1 under a frozen header row", () => {
    const definitions = [...templateSheets, measuresSheet];
    expect(plans.map((plan) => plan.name)).toEqual(definitions.map((sheet) => sheet.name));
    for (const [index, plan] of plans.entries()) {
      const definition = definitions[index];
      expect(plan).toMatchObject({ purpose: "input", frozen: { rows: 1, columns: 0 }, charts: [] });
      expect(plan.blocks).toHaveLength(1);
      const table = tableOf(plans, plan.name);
      expect(table).toMatchObject({
        name: plan.name,
        anchor: { row: 0, column: 0 },
        style: "TableStyleMedium2",
        roomToGrow: templateRoomToGrow,
      });
      expect(table.columns.map((column) => column.header)).toEqual(
        definition?.columns.map((column) => column.header)
      );
      expect(table.columns[0]?.header).not.toBe(generatedMarkerText);
    }
  });

  it("formats unit codes as text and gives every column room for its header", () => {
    expect(tableOf(plans, "Enheter").columns[0]).toMatchObject({
      header: "Kode",
      numberFormat: "@",
    });
    expect(tableOf(plans, "Data").columns.map((column) => column.numberFormat)).toEqual([
      "@",
      ...Array<undefined>(6).fill(undefined),
    ]);
    expect(tableOf(plans, "Indikatorer").columns[12]).toMatchObject({
      header: "Beskrivelse",
      width: "Beskrivelse".length + 4,
    });
    expect(tableOf(plans, "Data").columns[1]).toMatchObject({ header: "År", width: 12 });
  });

  it("lists Enheter's codes and Indikatorer's ids, with their room to grow, in Data's drop-downs", () => {
    const units = tableOf(plans, "Enheter").rows.length;
    const indicators = tableOf(plans, "Indikatorer").rows.length;
    const [unit, , indicator, ...others] = tableOf(plans, "Data").columns;
    const alert = {
      style: "warning",
      title: "Veikart",
      message: "Velg en verdi fra listen / choose a value from the list",
    };
    expect(unit?.dropDown).toEqual({
      source: `Enheter!$A$2:$A$${1 + units + templateRoomToGrow}`,
      errorAlert: alert,
    });
    expect(indicator?.dropDown).toEqual({
      source: `Indikatorer!$A$2:$A$${1 + indicators + templateRoomToGrow}`,
      errorAlert: alert,
    });
    expect(others.map((column) => column.dropDown)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("leaves out a drop-down whose list sheet is not among the sheets planned", () => {
    const withoutUnits = templateWorkbook(false).filter((sheet) => sheet.name !== "Enheter");
    const [unit, , indicator] = tableOf(templateSheetPlans(withoutUnits), "Data").columns;
    expect(unit?.dropDown).toBeUndefined();
    expect(indicator?.dropDown?.source).toMatch(/^Indikatorer!/);
  });

  it("reaches over an empty list sheet's one blank row and its room to grow", () => {
    const noUnits = workbookSheetsOf({ framework: defaultFramework, units: [], observations: [] });
    const data = tableOf(templateSheetPlans(noUnits), "Data");
    expect(data.rows).toEqual([]);
    expect(data.columns[0]?.dropDown?.source).toBe(`Enheter!$A$2:$A$${2 + templateRoomToGrow}`);
  });
});
