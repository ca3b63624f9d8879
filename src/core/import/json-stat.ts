// A JSON-stat 2.0 dataset (https://json-stat.org/full/), read with every shape the format allows and
// checked: value as an array or an object keyed by position, status as a string, an array or an
// object, category.index as an array or an object (or absent with a single label), dimension order
// from `id` and `size`, and sizes that agree with the categories and the values.

/** A document that is not a JSON-stat 2.0 dataset, with what is wrong in its message. */
export class JsonStatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JsonStatError";
  }
}

export type JsonStatValue = number | string | null;

export interface JsonStatDimension {
  readonly id: string;
  readonly label?: string;
  /** The category codes in index order. */
  readonly codes: readonly string[];
  /** Each code's label (the code itself where none is given), in index order. */
  readonly labels: readonly string[];
  /** The position of each code along the dimension. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Units of measure by code (a metric dimension's `category.unit`), as given. */
  readonly units?: Readonly<Record<string, unknown>>;
}

export interface JsonStatRoles {
  readonly time: readonly string[];
  readonly geo: readonly string[];
  readonly metric: readonly string[];
}

export interface JsonStatCell {
  /** The category code along each dimension, in the dataset's dimension order. */
  readonly codes: readonly string[];
  readonly value: JsonStatValue;
  readonly status: string | undefined;
}

export interface JsonStatDataset {
  readonly label?: string;
  readonly source?: string;
  /** When the data were last updated, as given (ISO 8601). */
  readonly updated?: string;
  readonly extension?: Readonly<Record<string, unknown>>;
  readonly roles: JsonStatRoles;
  /** The dimensions in `id` order: the last varies fastest along the values. */
  readonly dimensions: readonly JsonStatDimension[];
  /** Cells in the dataset: the product of the dimensions' sizes. */
  readonly cellCount: number;
  /** How far apart consecutive categories of each dimension lie along the values. */
  readonly strides: readonly number[];
  dimension(id: string): JsonStatDimension | undefined;
  /** The value at a position (row-major over the dimensions); null where missing. */
  valueAt(position: number): JsonStatValue;
  /** The status at a position, undefined where none is given. */
  statusAt(position: number): string | undefined;
  /** Every cell in position order. */
  cells(): IterableIterator<JsonStatCell>;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new JsonStatError(`${what} must be a string.`);
  return value;
}

/** A position key of an object-form value or status: a whole number below the cell count. */
function positionOf(key: string, cellCount: number, what: string): number {
  const position = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : NaN;
  if (!(position < cellCount))
    throw new JsonStatError(
      `${what} has the key "${key}", which is not a position from 0 to ${cellCount - 1}.`
    );
  return position;
}

function readCategoryCodes(id: string, category: JsonObject): string[] {
  const { index, label } = category;
  if (index === undefined) {
    const labels = isObject(label) ? Object.keys(label) : [];
    if (labels.length !== 1)
      throw new JsonStatError(
        `Dimension "${id}" has no category.index, which only a dimension with a single category labelled in category.label may leave out.`
      );
    return labels;
  }
  if (Array.isArray(index)) {
    if (!index.every((code) => typeof code === "string"))
      throw new JsonStatError(`Dimension "${id}": category.index must list codes as strings.`);
    if (new Set(index).size !== index.length)
      throw new JsonStatError(`Dimension "${id}": category.index lists a code twice.`);
    return index as string[];
  }
  if (!isObject(index))
    throw new JsonStatError(`Dimension "${id}": category.index must be an array or an object.`);
  const entries = Object.entries(index);
  const codes: (string | undefined)[] = new Array<string | undefined>(entries.length);
  for (const [code, position] of entries) {
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= entries.length ||
      codes[position] !== undefined
    )
      throw new JsonStatError(
        `Dimension "${id}": category.index gives "${code}" the position ${String(position)}; the positions must be 0 to ${entries.length - 1}, each once.`
      );
    codes[position] = code;
  }
  return codes as string[];
}

function readDimension(id: string, definition: unknown, size: number): JsonStatDimension {
  if (!isObject(definition))
    throw new JsonStatError(`Dimension "${id}" is listed in id but not described in dimension.`);
  const category = definition["category"];
  if (!isObject(category)) throw new JsonStatError(`Dimension "${id}" has no category object.`);
  const codes = readCategoryCodes(id, category);
  if (codes.length !== size)
    throw new JsonStatError(
      `Dimension "${id}" has ${codes.length} categories but size gives it ${size}.`
    );
  const labelObject = category["label"];
  if (labelObject !== undefined && !isObject(labelObject))
    throw new JsonStatError(`Dimension "${id}": category.label must be an object.`);
  const labels = codes.map((code) => {
    const label = labelObject?.[code];
    return typeof label === "string" ? label : code;
  });
  const units = category["unit"];
  const label = optionalString(definition["label"], `Dimension "${id}": label`);
  return {
    id,
    ...(label === undefined ? {} : { label }),
    codes,
    labels,
    indexOf: new Map(codes.map((code, position) => [code, position])),
    ...(isObject(units) ? { units } : {}),
  };
}

function readValues(value: unknown, cellCount: number): JsonStatValue[] {
  const isCellValue = (cell: unknown): cell is JsonStatValue =>
    cell === null || typeof cell === "string" || (typeof cell === "number" && isFinite(cell));
  if (Array.isArray(value)) {
    if (value.length !== cellCount)
      throw new JsonStatError(
        `value has ${value.length} entries but the sizes make ${cellCount} cells.`
      );
    for (let position = 0; position < value.length; position++)
      if (!isCellValue(value[position]))
        throw new JsonStatError(
          `value at position ${position} is ${JSON.stringify(value[position])}, not a number, a string or null.`
        );
    return value as JsonStatValue[];
  }
  if (!isObject(value))
    throw new JsonStatError("value must be an array or an object keyed by position.");
  const values = new Array<JsonStatValue>(cellCount).fill(null);
  for (const [key, cell] of Object.entries(value)) {
    const position = positionOf(key, cellCount, "value");
    if (!isCellValue(cell))
      throw new JsonStatError(
        `value at position ${key} is ${JSON.stringify(cell)}, not a number, a string or null.`
      );
    values[position] = cell;
  }
  return values;
}

function readStatus(status: unknown, cellCount: number): (position: number) => string | undefined {
  if (status === undefined || status === null) return () => undefined;
  if (typeof status === "string") return () => status;
  const check = (entry: unknown, where: string) => {
    if (entry !== null && typeof entry !== "string")
      throw new JsonStatError(`status at ${where} must be a string or null.`);
  };
  if (Array.isArray(status)) {
    if (status.length === 1) {
      check(status[0], "position 0");
      const only = (status[0] as string | null) ?? undefined;
      return () => only;
    }
    if (status.length !== cellCount)
      throw new JsonStatError(
        `status has ${status.length} entries; as an array it needs one per cell (${cellCount}) or a single one for all.`
      );
    status.forEach((entry, position) => check(entry, `position ${position}`));
    return (position) => (status[position] as string | null) ?? undefined;
  }
  if (!isObject(status))
    throw new JsonStatError("status must be a string, an array or an object keyed by position.");
  const byPosition = new Map<number, string>();
  for (const [key, entry] of Object.entries(status)) {
    check(entry, `position ${key}`);
    if (typeof entry === "string") byPosition.set(positionOf(key, cellCount, "status"), entry);
  }
  return (position) => byPosition.get(position);
}

function readRoles(role: unknown, ids: ReadonlySet<string>): JsonStatRoles {
  if (role !== undefined && !isObject(role)) throw new JsonStatError("role must be an object.");
  const list = (name: keyof JsonStatRoles): string[] => {
    const entry = role?.[name];
    if (entry === undefined) return [];
    if (!Array.isArray(entry) || !entry.every((id) => typeof id === "string" && ids.has(id)))
      throw new JsonStatError(`role.${name} must list ids of the dataset's dimensions.`);
    return entry as string[];
  };
  return { time: list("time"), geo: list("geo"), metric: list("metric") };
}

/** Reads a parsed JSON-stat 2.0 document of class "dataset"; throws JsonStatError on anything else. */
export function readJsonStat(document: unknown): JsonStatDataset {
  if (!isObject(document)) throw new JsonStatError("The document is not a JSON object.");
  if (document["class"] !== "dataset")
    throw new JsonStatError(
      `The document's class is ${JSON.stringify(document["class"])}; a JSON-stat 2.0 dataset has the class "dataset".`
    );
  const { id, size, dimension } = document;
  if (!Array.isArray(id) || !id.every((entry) => typeof entry === "string"))
    throw new JsonStatError("id must be an array of dimension ids.");
  if (!Array.isArray(size) || !size.every((entry) => Number.isInteger(entry) && entry >= 0))
    throw new JsonStatError("size must be an array of whole numbers.");
  if (id.length !== size.length)
    throw new JsonStatError(`id names ${id.length} dimensions but size gives ${size.length}.`);
  const ids = new Set(id as string[]);
  if (ids.size !== id.length) throw new JsonStatError("id names a dimension twice.");
  if (!isObject(dimension)) throw new JsonStatError("dimension must be an object.");
  const dimensions = (id as string[]).map((dimensionId, order) =>
    readDimension(dimensionId, dimension[dimensionId], size[order] as number)
  );
  const cellCount = dimensions.reduce((product, entry) => product * entry.codes.length, 1);
  const strides = dimensions.map(() => 1);
  for (let order = dimensions.length - 2; order >= 0; order--)
    strides[order] = (strides[order + 1] ?? 1) * (dimensions[order + 1]?.codes.length ?? 1);
  const values = readValues(document["value"], cellCount);
  const statusAt = readStatus(document["status"], cellCount);
  const byId = new Map(dimensions.map((entry) => [entry.id, entry]));
  const label = optionalString(document["label"], "label");
  const source = optionalString(document["source"], "source");
  const updated = optionalString(document["updated"], "updated");
  const extension = document["extension"];
  if (extension !== undefined && !isObject(extension))
    throw new JsonStatError("extension must be an object.");
  return {
    ...(label === undefined ? {} : { label }),
    ...(source === undefined ? {} : { source }),
    ...(updated === undefined ? {} : { updated }),
    ...(extension === undefined ? {} : { extension }),
    roles: readRoles(document["role"], ids),
    dimensions,
    cellCount,
    strides,
    dimension: (dimensionId) => byId.get(dimensionId),
    valueAt: (position) => values[position] ?? null,
    statusAt,
    *cells() {
      for (let position = 0; position < cellCount; position++)
        yield {
          codes: dimensions.map(
            (entry, order) =>
              entry.codes[
                Math.floor(position / (strides[order] ?? 1)) % entry.codes.length
              ] as string
          ),
          value: values[position] ?? null,
          status: statusAt(position),
        };
    },
  };
}
