import type { Aggregate, Direction, Framework, Goalposts, Indicator } from "../model/framework";
import { ok, type Issue, type Success } from "../model/issue";
import { reportEngineIssue } from "../steps/engine-issues";
import { cellOf, headerIndex, parseNumberCell, type TextTable } from "./table";

/** A framework read from COINr's iMeta, with the names of its group and denominator columns. */
export interface CoinrMeta {
  readonly framework: Framework;
  readonly groupColumns: readonly string[];
  readonly denominatorColumns: readonly string[];
}

const requiredColumns = ["iCode", "Type"] as const;
const table = "iMeta";

/**
 * Reads COINr's iMeta (`Level, iCode, iName, Direction, Weight, Parent, Type`, optional `Unit, Target,
 * Denominator, goalpost_lower, goalpost_upper, goalpost_scale, goalpost_trunc2posts`) into a framework.
 * Rows of type Indicator and Aggregate become nodes; Group and Denominator rows name iData's other columns.
 */
export function frameworkFromCoinrMeta(meta: TextTable): Success<CoinrMeta> {
  const issues: Issue[] = [];
  const index = headerIndex(meta);
  for (const column of requiredColumns)
    if (!index.has(column.toLowerCase()))
      issues.push(reportEngineIssue("missing_column", { column, table }, { sheet: table, row: 0 }));
  const indicators: Indicator[] = [];
  const aggregates: Aggregate[] = [];
  const groupColumns: string[] = [];
  const denominatorColumns: string[] = [];

  const readRow = (position: number): void => {
    const place = { sheet: table, row: position + 1 };
    const text = (column: string) => (cellOf(meta, position, index, column) ?? "").trim();
    const number = (column: string): number | undefined => {
      const parsed = parseNumberCell(cellOf(meta, position, index, column));
      if (parsed.kind === "invalid") {
        issues.push(reportEngineIssue("invalid_number", { text: parsed.text }, place));
        return undefined;
      }
      return parsed.kind === "number" ? parsed.value : undefined;
    };
    const id = text("iCode");
    const type = text("Type").toLowerCase();
    if (id === "") return;
    const name = text("iName") || id;
    const weight = number("Weight") ?? 1;
    const parentId = text("Parent");
    if (type === "indicator") {
      const directionText = text("Direction") || "1";
      const direction = Number(directionText);
      if (direction !== 1 && direction !== -1 && direction !== 0) {
        issues.push(reportEngineIssue("invalid_direction", { id, text: directionText }, place));
        return;
      }
      const target = number("Target");
      const lower = number("goalpost_lower");
      const upper = number("goalpost_upper");
      const scale = number("goalpost_scale");
      const truncateText = text("goalpost_trunc2posts").toLowerCase();
      const goalposts: Goalposts | undefined =
        lower === undefined || upper === undefined
          ? undefined
          : {
              lower,
              upper,
              ...(scale === undefined ? {} : { scale }),
              ...(truncateText === ""
                ? {}
                : { truncate: truncateText === "true" || truncateText === "1" }),
            };
      const measure = text("Unit");
      const denominator = text("Denominator");
      indicators.push({
        id,
        name,
        parentId,
        direction: direction as Direction,
        weight,
        ...(measure === "" ? {} : { measure }),
        ...(target === undefined ? {} : { target }),
        ...(goalposts === undefined ? {} : { goalposts }),
        ...(denominator === "" ? {} : { denominator }),
      });
    } else if (type === "aggregate") {
      aggregates.push({ id, name, weight, ...(parentId === "" ? {} : { parentId }) });
    } else if (type === "group") {
      groupColumns.push(id);
    } else if (type === "denominator") {
      denominatorColumns.push(id);
    }
  };
  for (let position = 0; position < meta.rowCount; position++) readRow(position);
  return ok({ framework: { indicators, aggregates }, groupColumns, denominatorColumns }, issues);
}
