// The VEIKART functions registered as a HyperFormula function plugin, so that formulas in a real formula
// engine (fill-down and spilled, with recalculation after an edit) can be compared with the engine.
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { minMaxColumn } from "../../src/core/steps/normalise/min-max";
import { descendingMinRanks } from "../../src/core/steps/statistics";
import { composite, normalise, rank, score } from "../../src/functions/functions";
import { readCoinrFixture } from "../support/coinr-csv";
import { FakeExcelError, installCustomFunctionsGlobal } from "../support/custom-functions-global";

beforeAll(installCustomFunctionsGlobal);

// HyperFormula exports its plugin base class but not the types of its methods' arguments.
type ProcedureAst = { readonly args: Parameters<FunctionPlugin["runFunction"]>[0] };
type InterpreterState = Parameters<FunctionPlugin["runFunction"]>[1];
type InterpreterValue = ReturnType<Parameters<FunctionPlugin["runFunction"]>[3]>;

/** An error from a HyperFormula cell, carried through a VEIKART function and given back unchanged. */
class PassedOnError extends FakeExcelError {
  constructor(readonly original: CellError) {
    super(`#${original.type}`, original.message);
  }
}

const toCell = (value: unknown): unknown =>
  value === EmptyValue ? null : value instanceof CellError ? new PassedOnError(value) : value;

/** A HyperFormula argument as Excel would pass it: a range as rows of cells, a scalar as itself. */
function asExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toCell));
  return toCell(value);
}

function fromExcelValue(value: unknown): number | string | CellError {
  if (value instanceof PassedOnError) return value.original;
  if (value instanceof FakeExcelError)
    return new CellError(value.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, value.message);
  return value as number | string;
}

function fromExcelResult(result: unknown): InterpreterValue {
  const rows = result as unknown[][];
  if (rows.length === 1 && rows[0]?.length === 1) return fromExcelValue(rows[0][0]);
  return SimpleRangeValue.onlyValues(rows.map((row) => row.map(fromExcelValue)));
}

type ExcelFunction = (...given: unknown[]) => unknown;

const anyArgument = { argumentType: FunctionArgumentType.ANY };
const optionalScalar = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

class VeikartPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    "VEIKART.SCORE": {
      method: "score",
      sizeOfResultArrayMethod: "firstArgumentSize",
      vectorizationForbidden: true,
      parameters: [
        anyArgument,
        anyArgument,
        optionalScalar,
        optionalScalar,
        optionalScalar,
        optionalScalar,
      ],
    },
    "VEIKART.RANK": {
      method: "rank",
      sizeOfResultArrayMethod: "firstArgumentSize",
      vectorizationForbidden: true,
      parameters: [anyArgument, anyArgument, optionalScalar],
    },
    "VEIKART.NORMALISE": {
      method: "normalise",
      sizeOfResultArrayMethod: "firstArgumentSize",
      vectorizationForbidden: true,
      parameters: [anyArgument, optionalScalar, optionalScalar, optionalScalar, optionalScalar],
    },
    "VEIKART.COMPOSITE": {
      method: "composite",
      sizeOfResultArrayMethod: "firstArgumentRows",
      vectorizationForbidden: true,
      parameters: [anyArgument, anyArgument, optionalScalar, optionalScalar, optionalScalar],
    },
  };

  private call(
    name: string,
    implementation: ExcelFunction,
    ast: ProcedureAst,
    state: InterpreterState
  ) {
    return this.runFunction(ast.args, state, this.metadata(name), (...given: unknown[]) =>
      fromExcelResult(implementation(...given.map(asExcelArgument)))
    );
  }

  score(ast: ProcedureAst, state: InterpreterState) {
    return this.call("VEIKART.SCORE", score as ExcelFunction, ast, state);
  }
  rank(ast: ProcedureAst, state: InterpreterState) {
    return this.call("VEIKART.RANK", rank as ExcelFunction, ast, state);
  }
  normalise(ast: ProcedureAst, state: InterpreterState) {
    return this.call("VEIKART.NORMALISE", normalise as ExcelFunction, ast, state);
  }
  composite(ast: ProcedureAst, state: InterpreterState) {
    return this.call("VEIKART.COMPOSITE", composite as ExcelFunction, ast, state);
  }
  /** The size of the first argument as a result size (a range's size is marked as a reference). */
  firstArgumentSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const [first] = ast.args;
    if (first === undefined) return ArraySize.scalar();
    const size = this.arraySizeForAst(first, state);
    return new ArraySize(size.width, size.height);
  }
  firstArgumentRows(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const [first] = ast.args;
    return first === undefined
      ? ArraySize.scalar()
      : new ArraySize(1, this.arraySizeForAst(first, state).height);
  }
}

const names = Object.keys(VeikartPlugin.implementedFunctions);
HyperFormula.registerFunctionPlugin(VeikartPlugin, {
  enGB: Object.fromEntries(names.map((name) => [name, name])),
});

/** ASEM's raw "ConSpeed" column (with gaps) and "Tariff" (lower is better, also with gaps). */
const asem = readCoinrFixture("ASEM_iData.csv");
const speeds = asem.map((row) => (row.ConSpeed === "" ? null : Number(row.ConSpeed)));
const tariff = asem.map((row) => (row.Tariff === "" ? null : Number(row.Tariff)));
const rows = asem.length;

function sheetOf(): HyperFormula {
  const last = rows;
  const sheet = speeds.map((value, index) => {
    const row = index + 1;
    return [
      value,
      tariff[index],
      `=VEIKART.SCORE(A${row}, A$1:A$${last})`,
      index === 0 ? `=VEIKART.SCORE(A1:A${last}, A1:A${last})` : null,
      `=VEIKART.RANK(B${row}, B$1:B$${last}, "lower")`,
      index === 0 ? `=VEIKART.RANK(B1:B${last}, B1:B${last}, -1)` : null,
      index === 0 ? `=VEIKART.NORMALISE(A1:A${last})` : null,
      `=VEIKART.COMPOSITE(G${row}, 1)`,
    ];
  });
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", smartRounding: false });
}

const columnValues = (engine: HyperFormula, column: number): unknown[] =>
  Array.from({ length: rows }, (_, row) => engine.getCellValue({ sheet: 0, row, col: column }));

/** The engine's numbers for a column, missing as null. */
const engineColumn = (values: Float64Array) =>
  Array.from(values, (value) => (Number.isNaN(value) ? null : value));
const numbersOrNull = (cells: unknown[]) =>
  cells.map((cell) => (typeof cell === "number" ? cell : null));
const asColumn = (values: readonly (number | null)[]) =>
  Float64Array.from(values, (value) => value ?? Number.NaN);

describe("VEIKART functions recalculated by HyperFormula", () => {
  let engine: HyperFormula;
  beforeEach(() => {
    engine = sheetOf();
  });
  afterEach(() => engine.destroy());

  it("fills SCORE down and spills it, both equal to the engine's min-max column", () => {
    const expected = engineColumn(minMaxColumn(asColumn(speeds)));
    expect(numbersOrNull(columnValues(engine, 2))).toEqual(expected);
    expect(numbersOrNull(columnValues(engine, 3))).toEqual(expected);
    expect(expected.filter((value) => value !== null).length).toBeGreaterThan(40);
  });

  it("shows a blank value as #N/A with the message", () => {
    const blankRow = speeds.indexOf(null);
    expect(blankRow).toBeGreaterThanOrEqual(0);
    const cell = engine.getCellValue({ sheet: 0, row: blankRow, col: 2 }) as DetailedCellError;
    expect(cell).toBeInstanceOf(DetailedCellError);
    expect([cell.type, cell.message]).toEqual(["NA", "The value is missing: the cell is empty."]);
  });

  it("fills RANK down and spills it, both equal to the engine's ranks of the turned column", () => {
    const turned = asColumn(tariff.map((value) => (value === null ? null : -value)));
    const expected = engineColumn(descendingMinRanks(turned));
    expect(numbersOrNull(columnValues(engine, 4))).toEqual(expected);
    expect(numbersOrNull(columnValues(engine, 5))).toEqual(expected);
  });

  it("recalculates every formula after an edit, to the engine's new numbers", () => {
    const edited = [...speeds];
    edited[0] = 1e3; // a new maximum moves every score
    engine.setCellContents({ sheet: 0, row: 0, col: 0 }, [[1e3]]);
    const expected = engineColumn(minMaxColumn(asColumn(edited)));
    expect(numbersOrNull(columnValues(engine, 2))).toEqual(expected);
    expect(numbersOrNull(columnValues(engine, 3))).toEqual(expected);
    expect(numbersOrNull(columnValues(engine, 6))).toEqual(expected);
  });

  it("spills NORMALISE with gaps left empty, which COMPOSITE then leaves out", () => {
    const normalised = columnValues(engine, 6);
    const blankRow = speeds.indexOf(null);
    expect(normalised[blankRow]).toBe("");
    const composites = columnValues(engine, 7);
    composites.forEach((value, row) => {
      if (speeds[row] === null) expect(value).toBeInstanceOf(DetailedCellError);
      else expect(value).toBe(normalised[row]);
    });
  });
});
