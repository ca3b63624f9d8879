// A recording fake of the Office.js Excel API subset src/excel uses. Like Excel, it queues every call
// and runs the queue on context.sync(): a failing operation stops the batch there (the operations
// before it stay done), loaded properties can be read only after the sync, and what Excel refuses is
// refused with Excel's error code (excel-limits.ts: sheet and table names, the grid, a cell's length,
// series per chart, overlapping tables, the 5 MB request and response of Excel on the web). It counts
// the syncs and the bytes each one carried, as Office.js serialises them (office-js-request.ts).
import type { ExcelRun } from "../../../src/excel/excel-host";
import {
  checkCellValue,
  checkChartType,
  checkEnumValue,
  checkNoOverlap,
  checkOnSheet,
  checkPageZoom,
  checkPayload,
  checkReadSize,
  checkSeriesCount,
  checkSheetName,
  checkTableName,
  legendPositions,
  pageOrientations,
  tickLabelPositions,
  type PageZoom,
} from "./excel-limits";
import { addressOfBox, boxOfAddress } from "./fake-addresses";
import { FakeExcelError } from "./fake-excel-error";
import { requestBytesOf, responseBytesOf } from "./office-js-request";
import {
  FakeSheet,
  FakeWorkbook,
  type CellBox,
  type FakeChart,
  type FakeChartAxis,
} from "./fake-workbook";

export { payloadLimitBytes } from "./excel-limits";
export { FakeExcelError } from "./fake-excel-error";

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: readonly string[];
}

/** What a failure injection sees of an operation. */
export interface OperationInfo {
  readonly kind: string;
  readonly sheet: string | undefined;
}

interface Operation extends OperationInfo {
  readonly requestBytes: number;
  /** Does the work; returns the bytes of the response it adds (0 for a write). */
  readonly run: () => number;
}

export class ExcelRecorder {
  readonly syncs: SyncRecord[] = [];
  /** Calls to application.suspendApiCalculationUntilNextSync(). */
  calculationSuspensions = 0;
  /** Return true to make that operation fail, as Excel would with a GeneralException. */
  failWhen: ((operation: OperationInfo) => boolean) | undefined;

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.requestBytes));
  }

  get largestResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((sync) => sync.responseBytes));
  }

  get totalBytes(): number {
    return this.syncs.reduce((sum, sync) => sum + sync.requestBytes + sync.responseBytes, 0);
  }

  reset(): void {
    this.syncs.length = 0;
    this.calculationSuspensions = 0;
  }
}

class Batch {
  private queue: Operation[] = [];

  constructor(
    readonly workbook: FakeWorkbook,
    readonly recorder: ExcelRecorder
  ) {}

  enqueue(kind: string, sheet: string | undefined, payload: unknown, run: () => number | void) {
    this.queue.push({
      kind,
      sheet,
      requestBytes: requestBytesOf(kind, payload),
      run: () => run() ?? 0,
    });
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const requestBytes = operations.reduce((sum, operation) => sum + operation.requestBytes, 0);
    let responseBytes = 0;
    const record = () =>
      this.recorder.syncs.push({
        requestBytes,
        responseBytes,
        operations: operations.map((operation) => operation.kind),
      });
    try {
      checkPayload("Request", requestBytes);
      for (const operation of operations) {
        try {
          if (this.recorder.failWhen?.(operation))
            throw new FakeExcelError("GeneralException", `Injected failure at ${operation.kind}.`);
          responseBytes += operation.run();
        } catch (error) {
          throw error instanceof FakeExcelError ? error.locatedAt(operation.kind) : error;
        }
      }
      checkPayload("Response", responseBytes);
    } finally {
      record();
    }
  }
}

/** A property that exists only after a load and a sync, as in Office.js. */
class Loadable {
  private loaded: Record<string, unknown> = {};

  protected loadedValue<T>(property: string): T {
    if (!(property in this.loaded))
      throw new FakeExcelError("PropertyNotLoaded", `${property} was not loaded and synced.`);
    return this.loaded[property] as T;
  }

  storeLoaded(values: Record<string, unknown>): number {
    Object.assign(this.loaded, values);
    return responseBytesOf(values);
  }
}

function propertyNames(properties: string | string[] | { select?: string }): string[] {
  const list =
    typeof properties === "string"
      ? properties.split(",")
      : Array.isArray(properties)
        ? properties
        : (properties.select ?? "").split(",");
  return list.map((property) => property.trim()).filter((property) => property.length > 0);
}

function checkShape(box: CellBox, rows: unknown, what: string): unknown[][] {
  const fits =
    Array.isArray(rows) &&
    rows.length === box.rowCount &&
    rows.every((cells) => Array.isArray(cells) && cells.length === box.columnCount);
  if (!fits)
    throw new FakeExcelError("InvalidArgument", `${what} does not match ${addressOfBox(box)}.`);
  return rows as unknown[][];
}

class FakeRange extends Loadable {
  readonly format: { font: { bold: boolean; size: number }; columnWidth: number };
  readonly conditionalFormats: { add: (type: string) => { colorScale: { criteria: unknown } } };
  readonly dataValidation: { rule: unknown; errorAlert: unknown };

  constructor(
    private readonly batch: Batch,
    private readonly sheet: FakeWorksheet,
    readonly box: () => CellBox
  ) {
    super();
    const write = (
      kind: string,
      payload: unknown,
      apply: (sheet: FakeSheet, box: CellBox) => void
    ) => this.write(kind, payload, apply);
    this.format = {
      font: {
        set bold(bold: boolean) {
          write("range.format.font.bold", bold, (sheet, box) => {
            if (bold) sheet.boldBoxes.push(box);
          });
        },
        get bold(): boolean {
          throw new FakeExcelError("PropertyNotLoaded", "bold is write-only in this fake.");
        },
        set size(points: number) {
          write("range.format.font.size", points, (sheet, box) => {
            sheet.fontSizes.push({ box, points });
          });
        },
        get size(): number {
          throw new FakeExcelError("PropertyNotLoaded", "size is write-only in this fake.");
        },
      },
      set columnWidth(points: number) {
        write("range.format.columnWidth", points, (sheet, box) => {
          for (let column = box.column; column < box.column + box.columnCount; column++)
            sheet.columnWidths.set(column, points);
        });
      },
      get columnWidth(): number {
        throw new FakeExcelError("PropertyNotLoaded", "columnWidth is write-only in this fake.");
      },
    };
    this.conditionalFormats = {
      add: (type: string) => {
        const format = { colorScale: { criteria: undefined as unknown } };
        let criteria: unknown;
        Object.defineProperty(format.colorScale, "criteria", {
          set: (value: unknown) => {
            criteria = value;
            write("conditionalFormats.colorScale", { type, value }, (sheet, box) => {
              sheet.colourScales.push({ box, criteria });
            });
          },
          get: () => criteria,
        });
        return format;
      },
    };
    this.dataValidation = {
      set rule(rule: unknown) {
        write("range.dataValidation.rule", rule, (sheet, box) => {
          const source = (rule as { list?: { source?: string } }).list?.source;
          if (source === undefined)
            throw new FakeExcelError("InvalidArgument", "Only list validation is faked.");
          sheet.listValidations.push({ box, source });
        });
      },
      get rule(): unknown {
        throw new FakeExcelError("PropertyNotLoaded", "rule is write-only in this fake.");
      },
      set errorAlert(alert: unknown) {
        write("range.dataValidation.errorAlert", alert, () => undefined);
      },
      get errorAlert(): unknown {
        return undefined;
      },
    };
  }

  private write(kind: string, payload: unknown, apply: (sheet: FakeSheet, box: CellBox) => void) {
    this.batch.enqueue(kind, this.sheet.nameForRecord, payload, () =>
      apply(this.sheet.resolve(), this.box())
    );
  }

  set values(rows: unknown[][]) {
    this.write("range.values", rows, (sheet, box) => {
      const checked = checkShape(box, rows, "values");
      for (const cells of checked) for (const value of cells) checkCellValue(value);
      checked.forEach((cells, row) =>
        cells.forEach((value, column) => sheet.setValue(box.row + row, box.column + column, value))
      );
    });
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }

  set numberFormat(rows: unknown[][]) {
    this.write("range.numberFormat", rows, (sheet, box) =>
      checkShape(box, rows, "numberFormat").forEach((cells, row) =>
        cells.forEach((format, column) =>
          sheet.setNumberFormat(box.row + row, box.column + column, String(format))
        )
      )
    );
  }

  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  load(properties: string | string[] | { select?: string }): this {
    const names = propertyNames(properties);
    this.batch.enqueue("range.load", this.sheet.nameForRecord, names, () => {
      const sheet = this.sheet.resolve();
      const box = this.box();
      if (names.includes("values") || names.includes("numberFormat")) checkReadSize(box);
      const loaded: Record<string, unknown> = {};
      for (const name of names) {
        if (name === "values") loaded.values = sheet.valuesIn(box);
        else if (name === "numberFormat") loaded.numberFormat = sheet.numberFormatsIn(box);
        else if (name === "address") loaded.address = `${sheet.name}!${addressOfBox(box)}`;
        else if (name === "rowIndex") loaded.rowIndex = box.row;
        else if (name === "columnIndex") loaded.columnIndex = box.column;
        else if (name === "rowCount") loaded.rowCount = box.rowCount;
        else if (name === "columnCount") loaded.columnCount = box.columnCount;
        else throw new FakeExcelError("NotImplemented", `range.load("${name}")`);
      }
      return this.storeLoaded(loaded);
    });
    return this;
  }

  select(): void {
    this.batch.enqueue("range.select", this.sheet.nameForRecord, undefined, () => {
      const sheet = this.sheet.resolve();
      this.batch.workbook.selection = { sheet: sheet.name, box: this.box() };
      this.batch.workbook.activeSheet = sheet.name;
    });
  }
}

class FakeUsedRange extends FakeRange {
  private nullKnown: boolean | undefined;

  constructor(batch: Batch, sheet: FakeWorksheet) {
    let used: CellBox | undefined;
    super(batch, sheet, () => {
      if (used === undefined) throw new FakeExcelError("InvalidReference", "The sheet is empty.");
      return used;
    });
    batch.enqueue("worksheet.getUsedRangeOrNullObject", sheet.nameForRecord, undefined, () => {
      used = sheet.resolve().usedBox();
      this.nullKnown = used === undefined;
    });
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      throw new FakeExcelError("PropertyNotLoaded", "isNullObject before sync.");
    return this.nullKnown;
  }

  override load(properties: string | string[] | { select?: string }): this {
    return this.nullKnown === true ? this : super.load(properties);
  }
}

class FakeChartProxy {
  private model: FakeChart | undefined;
  readonly title: { text: string };
  readonly series: {
    getItemAt: (index: number) => FakeSeriesProxy;
    add: (name: string) => FakeSeriesProxy;
  };
  readonly axes: { readonly categoryAxis: FakeAxisProxy; readonly valueAxis: FakeAxisProxy };
  readonly legend: { visible: boolean; position: string };

  constructor(
    private readonly batch: Batch,
    private readonly sheet: FakeWorksheet,
    type: string,
    source: FakeRange
  ) {
    batch.enqueue("charts.add", sheet.nameForRecord, { type }, () => {
      checkChartType(type);
      const box = source.box();
      this.model = {
        type,
        source: box,
        title: "",
        series: [{ name: "", values: box }],
        axes: { category: {}, value: {} },
        legend: { visible: true },
      };
      sheet.resolve().charts.push(this.model);
    });
    const resolveChart = () => this.resolve();
    this.title = {
      set text(text: string) {
        batch.enqueue("chart.title", sheet.nameForRecord, text, () => {
          resolveChart().title = text;
        });
      },
      get text(): string {
        return resolveChart().title;
      },
    };
    this.series = {
      getItemAt: (index: number) => new FakeSeriesProxy(batch, sheet, () => this.seriesAt(index)),
      add: (name: string) => {
        let index = -1;
        batch.enqueue("chart.series.add", sheet.nameForRecord, name, () => {
          const series = this.resolve().series;
          checkSeriesCount(series.length);
          index = series.push({ name }) - 1;
        });
        return new FakeSeriesProxy(batch, sheet, () => this.seriesAt(index));
      },
    };
    this.axes = {
      categoryAxis: new FakeAxisProxy(batch, sheet, () => resolveChart().axes.category),
      valueAxis: new FakeAxisProxy(batch, sheet, () => resolveChart().axes.value),
    };
    this.legend = {
      set visible(visible: boolean) {
        batch.enqueue("chart.legend.visible", sheet.nameForRecord, visible, () => {
          resolveChart().legend.visible = visible;
        });
      },
      get visible(): boolean {
        return resolveChart().legend.visible;
      },
      set position(position: string) {
        batch.enqueue("chart.legend.position", sheet.nameForRecord, position, () => {
          checkEnumValue("ChartLegend.position", position, legendPositions);
          resolveChart().legend.position = position;
        });
      },
      get position(): string {
        return resolveChart().legend.position ?? "Right";
      },
    };
  }

  private resolve(): FakeChart {
    if (this.model === undefined) throw new FakeExcelError("ItemNotFound", "The chart failed.");
    return this.model;
  }

  private seriesAt(index: number) {
    const series = this.resolve().series[index];
    if (series === undefined) throw new FakeExcelError("ItemNotFound", `No series ${index}.`);
    return series;
  }

  setPosition(from: FakeRange, to: FakeRange): void {
    this.batch.enqueue("chart.setPosition", this.sheet.nameForRecord, undefined, () => {
      this.resolve().position = { from: from.box(), to: to.box() };
    });
  }
}

class FakeAxisProxy {
  readonly title: { text: string };

  constructor(
    private readonly batch: Batch,
    private readonly sheet: FakeWorksheet,
    private readonly resolve: () => FakeChartAxis
  ) {
    const resolveAxis = resolve;
    this.title = {
      set text(text: string) {
        batch.enqueue("axis.title", sheet.nameForRecord, text, () => {
          resolveAxis().title = text;
        });
      },
      get text(): string {
        return resolveAxis().title ?? "";
      },
    };
  }

  set reversePlotOrder(reverse: boolean) {
    this.batch.enqueue("axis.reversePlotOrder", this.sheet.nameForRecord, reverse, () => {
      this.resolve().reversePlotOrder = reverse;
    });
  }

  get reversePlotOrder(): boolean {
    return this.resolve().reversePlotOrder ?? false;
  }

  set tickLabelPosition(position: string) {
    this.batch.enqueue("axis.tickLabelPosition", this.sheet.nameForRecord, position, () => {
      checkEnumValue("ChartAxis.tickLabelPosition", position, tickLabelPositions);
      this.resolve().tickLabelPosition = position;
    });
  }

  get tickLabelPosition(): string {
    return this.resolve().tickLabelPosition ?? "NextToAxis";
  }
}

class FakeSeriesProxy {
  readonly format: { readonly fill: { clear: () => void } };

  constructor(
    private readonly batch: Batch,
    private readonly sheet: FakeWorksheet,
    private readonly resolve: () => FakeChart["series"][number]
  ) {
    this.format = {
      fill: {
        clear: () =>
          batch.enqueue("series.format.fill.clear", sheet.nameForRecord, undefined, () => {
            resolve().fillCleared = true;
          }),
      },
    };
  }

  set name(name: string) {
    this.batch.enqueue("series.name", this.sheet.nameForRecord, name, () => {
      this.resolve().name = name;
    });
  }

  get name(): string {
    return this.resolve().name;
  }

  set chartType(type: string) {
    this.batch.enqueue("series.chartType", this.sheet.nameForRecord, type, () => {
      checkChartType(type);
      this.resolve().chartType = type;
    });
  }

  get chartType(): string {
    const type = this.resolve().chartType;
    if (type === undefined)
      throw new FakeExcelError("PropertyNotLoaded", "The fake knows a series' type once set.");
    return type;
  }

  setValues(range: FakeRange): void {
    this.batch.enqueue("series.setValues", this.sheet.nameForRecord, undefined, () => {
      this.resolve().values = range.box();
    });
  }

  setXAxisValues(range: FakeRange): void {
    this.batch.enqueue("series.setXAxisValues", this.sheet.nameForRecord, undefined, () => {
      this.resolve().categories = range.box();
    });
  }
}

class FakeTableProxy {
  constructor(
    private readonly batch: Batch,
    private readonly sheet: FakeWorksheet,
    private readonly resolve: () => { name: string; style: string }
  ) {}

  set name(name: string) {
    this.batch.enqueue("table.name", this.sheet.nameForRecord, name, () => {
      const table = this.resolve();
      const workbook = this.batch.workbook;
      const others = workbook.tables.filter((other) => other !== table);
      checkTableName(name, [...others.map((other) => other.name), ...workbook.definedNames]);
      table.name = name;
    });
  }

  get name(): string {
    return this.resolve().name;
  }

  set style(style: string) {
    this.batch.enqueue("table.style", this.sheet.nameForRecord, style, () => {
      this.resolve().style = style;
    });
  }

  get style(): string {
    return this.resolve().style;
  }
}

class FakeWorksheet extends Loadable {
  private nullKnown: boolean | undefined;
  readonly tables: { add: (range: FakeRange, hasHeaders: boolean) => FakeTableProxy };
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChartProxy };
  readonly freezePanes: {
    freezeRows: (count: number) => void;
    freezeColumns: (count: number) => void;
    freezeAt: (range: FakeRange) => void;
  };
  readonly pageLayout: {
    setPrintArea: (range: FakeRange) => void;
    zoom: PageZoom;
    orientation: string;
  };

  constructor(
    private readonly batch: Batch,
    /** Finds the sheet when the batch runs; undefined for a null object. */
    private readonly find: () => FakeSheet | undefined,
    readonly nameForRecord: string | undefined
  ) {
    super();
    this.tables = {
      add: (range, hasHeaders) => {
        let added: { name: string; style: string } | undefined;
        batch.enqueue("tables.add", nameForRecord, { hasHeaders }, () => {
          const box = range.box();
          const sheet = this.resolve();
          checkNoOverlap(
            box,
            batch.workbook.tablesOn(sheet).map((table) => table.box)
          );
          let number = batch.workbook.tables.length + 1;
          while (batch.workbook.tables.some((table) => table.name === `Table${number}`)) number++;
          const table = { name: `Table${number}`, sheet, box, style: "TableStyleMedium2" };
          batch.workbook.tables.push(table);
          added = table;
        });
        return new FakeTableProxy(batch, this, () => {
          if (added === undefined) throw new FakeExcelError("ItemNotFound", "No table.");
          return added;
        });
      },
    };
    this.charts = {
      add: (type, source) => new FakeChartProxy(batch, this, type, source),
    };
    const freeze = (rows: number, columns: number) =>
      batch.enqueue("freezePanes", nameForRecord, { rows, columns }, () => {
        this.resolve().frozen = { rows, columns };
      });
    this.freezePanes = {
      freezeRows: (count) => freeze(count, 0),
      freezeColumns: (count) => freeze(0, count),
      freezeAt: (range) => {
        batch.enqueue("freezePanes", nameForRecord, undefined, () => {
          const box = range.box();
          this.resolve().frozen = {
            rows: box.row + box.rowCount,
            columns: box.column + box.columnCount,
          };
        });
      },
    };
    const resolve = () => this.resolve();
    this.pageLayout = {
      setPrintArea: (range) => {
        batch.enqueue("pageLayout.setPrintArea", nameForRecord, undefined, () => {
          resolve().printArea = range.box();
        });
      },
      set zoom(zoom: PageZoom) {
        batch.enqueue("pageLayout.zoom", nameForRecord, zoom, () => {
          checkPageZoom(zoom);
          resolve().pageZoom = { ...zoom };
        });
      },
      get zoom(): PageZoom {
        throw new FakeExcelError("PropertyNotLoaded", "zoom is write-only in this fake.");
      },
      set orientation(orientation: string) {
        batch.enqueue("pageLayout.orientation", nameForRecord, orientation, () => {
          if (!pageOrientations.includes(orientation))
            throw new FakeExcelError("InvalidArgument", `No page orientation "${orientation}".`);
          resolve().orientation = orientation;
        });
      },
      get orientation(): string {
        throw new FakeExcelError("PropertyNotLoaded", "orientation is write-only in this fake.");
      },
    };
  }

  resolve(): FakeSheet {
    const sheet = this.find();
    if (sheet === undefined)
      throw new FakeExcelError("ItemNotFound", `No sheet ${this.nameForRecord ?? ""}.`);
    return sheet;
  }

  markNull(isNull: boolean): void {
    this.nullKnown = isNull;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      throw new FakeExcelError("PropertyNotLoaded", "isNullObject before sync.");
    return this.nullKnown;
  }

  get name(): string {
    return this.loadedValue("name");
  }

  set name(name: string) {
    this.batch.enqueue("worksheet.name", this.nameForRecord, name, () => {
      const sheet = this.resolve();
      const others = this.batch.workbook.sheets.filter((other) => other !== sheet);
      checkSheetName(
        name,
        others.map((other) => other.name)
      );
      sheet.name = name;
    });
  }

  load(properties: string | string[]): this {
    const names = propertyNames(properties);
    this.batch.enqueue("worksheet.load", this.nameForRecord, names, () => {
      const sheet = this.find();
      return sheet === undefined ? 0 : this.storeLoaded({ name: sheet.name });
    });
    return this;
  }

  getRange(address: string): FakeRange {
    return this.rangeOn(boxOfAddress(address));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number) {
    return this.rangeOn({ row, column, rowCount, columnCount });
  }

  /** A range Excel checks against the grid when the batch runs. */
  private rangeOn(box: CellBox): FakeRange {
    return new FakeRange(this.batch, this, () => {
      checkOnSheet(box);
      return box;
    });
  }

  getUsedRangeOrNullObject(): FakeUsedRange {
    return new FakeUsedRange(this.batch, this);
  }

  delete(): void {
    this.batch.enqueue("worksheet.delete", this.nameForRecord, undefined, () => {
      const sheet = this.resolve();
      const workbook = this.batch.workbook;
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      const remaining = workbook.tables.filter((table) => table.sheet !== sheet);
      workbook.tables.splice(0, workbook.tables.length, ...remaining);
    });
  }

  activate(): void {
    this.batch.enqueue("worksheet.activate", this.nameForRecord, undefined, () => {
      this.batch.workbook.activeSheet = this.resolve().name;
    });
  }
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(private readonly batch: Batch) {}

  get items(): FakeWorksheet[] {
    if (this.loadedItems === undefined)
      throw new FakeExcelError("PropertyNotLoaded", "worksheets.items before load and sync.");
    return this.loadedItems;
  }

  load(): this {
    this.batch.enqueue("worksheets.load", undefined, undefined, () => {
      const sheets = [...this.batch.workbook.sheets];
      this.loadedItems = sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.batch, () => sheet, sheet.name);
        proxy.markNull(false);
        proxy.storeLoaded({ name: sheet.name });
        return proxy;
      });
      return responseBytesOf(sheets.map((sheet) => ({ name: sheet.name })));
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return this.lookUp(name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.lookUp(name, true);
  }

  private lookUp(name: string, orNullObject: boolean): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    const proxy = new FakeWorksheet(this.batch, () => sheet, name);
    const kind = orNullObject ? "worksheets.getItemOrNullObject" : "worksheets.getItem";
    this.batch.enqueue(kind, name, name, () => {
      sheet = this.batch.workbook.sheet(name);
      if (sheet === undefined && !orNullObject)
        throw new FakeExcelError("ItemNotFound", `No sheet ${name}.`);
      proxy.markNull(sheet === undefined);
    });
    return proxy;
  }

  add(name: string): FakeWorksheet {
    let sheet: FakeSheet | undefined;
    const proxy = new FakeWorksheet(this.batch, () => sheet, name);
    this.batch.enqueue("worksheets.add", name, name, () => {
      checkSheetName(
        name,
        this.batch.workbook.sheets.map((existing) => existing.name)
      );
      sheet = new FakeSheet(name);
      this.batch.workbook.sheets.push(sheet);
      proxy.markNull(false);
    });
    return proxy;
  }
}

class FakeTables {
  private loadedNames: { name: string; worksheet: { name: string } }[] | undefined;

  constructor(private readonly batch: Batch) {}

  get items(): { name: string; worksheet: { name: string } }[] {
    if (this.loadedNames === undefined)
      throw new FakeExcelError("PropertyNotLoaded", "tables.items before load and sync.");
    return this.loadedNames;
  }

  load(): this {
    this.batch.enqueue("tables.load", undefined, undefined, () => {
      this.loadedNames = this.batch.workbook.tables.map((table) => ({
        name: table.name,
        worksheet: { name: table.sheet.name },
      }));
      return responseBytesOf(this.loadedNames);
    });
    return this;
  }
}

/** The workbook's defined names (NamedItemCollection): only their names are faked. */
class FakeNames {
  private loadedNames: { name: string }[] | undefined;

  constructor(private readonly batch: Batch) {}

  get items(): { name: string }[] {
    if (this.loadedNames === undefined)
      throw new FakeExcelError("PropertyNotLoaded", "names.items before load and sync.");
    return this.loadedNames;
  }

  load(): this {
    this.batch.enqueue("names.load", undefined, undefined, () => {
      this.loadedNames = this.batch.workbook.definedNames.map((name) => ({ name }));
      return responseBytesOf(this.loadedNames);
    });
    return this;
  }
}

/**
 * Workbook.getSelectedRange (ExcelApi 1.1): "Gets the currently selected single range from the
 * workbook. If there are multiple ranges selected, this method will throw an error" (its doc comment
 * in @types/office-js). The fake's workbook holds one selection or none; none (as after a
 * multi-area selection) fails with Excel.ErrorCodes.invalidSelection when the batch runs.
 */
function selectedRangeOf(batch: Batch): FakeRange {
  const selection = () => {
    const selected = batch.workbook.selection;
    if (selected === undefined)
      throw new FakeExcelError("InvalidSelection", "No single range is selected.");
    return selected;
  };
  let sheetName = "";
  const sheet = new FakeWorksheet(batch, () => batch.workbook.sheet(sheetName), "(selection)");
  batch.enqueue("workbook.getSelectedRange", undefined, undefined, () => {
    sheetName = selection().sheet;
    sheet.markNull(false);
  });
  return new FakeRange(batch, sheet, () => selection().box);
}

export class FakeRequestContext {
  private readonly batch: Batch;
  readonly workbook: {
    worksheets: FakeWorksheets;
    tables: FakeTables;
    names: FakeNames;
    getSelectedRange: () => FakeRange;
  };
  readonly application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(workbook: FakeWorkbook, recorder: ExcelRecorder) {
    this.batch = new Batch(workbook, recorder);
    this.workbook = {
      worksheets: new FakeWorksheets(this.batch),
      tables: new FakeTables(this.batch),
      names: new FakeNames(this.batch),
      getSelectedRange: () => selectedRangeOf(this.batch),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.batch.enqueue(
          "application.suspendApiCalculationUntilNextSync",
          undefined,
          undefined,
          () => {
            recorder.calculationSuspensions++;
          }
        );
      },
    };
  }

  sync(): Promise<void> {
    return this.batch.sync();
  }
}

export interface FakeExcel {
  readonly workbook: FakeWorkbook;
  readonly recorder: ExcelRecorder;
  /** Stands in for Excel.run. */
  readonly run: ExcelRun;
}

export function fakeExcel(workbook = new FakeWorkbook()): FakeExcel {
  const recorder = new ExcelRecorder();
  return {
    workbook,
    recorder,
    run: (batch) =>
      batch(new FakeRequestContext(workbook, recorder) as unknown as Excel.RequestContext),
  };
}
