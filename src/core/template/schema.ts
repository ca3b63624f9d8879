/** How a column's cells are read. */
export type ColumnType =
  | "text"
  | "unit code"
  /** A code whose leading zeros count, such as SSB's table number 07459: kept as text. */
  | "code"
  | "number"
  | "year"
  | "direction"
  | "level"
  | "quality";

export interface ColumnDefinition<Key extends string = string> {
  /** The key the reader uses; stable across languages. */
  readonly key: Key;
  /** The bokmål header the template writes. */
  readonly header: string;
  /** Other headers accepted (the English alias first). */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  readonly required: boolean;
}

export interface SheetDefinition<Key extends string = string> {
  readonly key: SheetKey;
  readonly name: string;
  readonly aliases: readonly string[];
  /** A missing optional sheet means the defaults apply. */
  readonly required: boolean;
  readonly columns: readonly ColumnDefinition<Key>[];
}

export type SheetKey = "indicators" | "dimensions" | "units" | "data" | "method" | "measures";

function column<Key extends string>(
  key: Key,
  header: string,
  alias: string,
  type: ColumnType,
  required = false
): ColumnDefinition<Key> {
  return { key, header, aliases: [alias], type, required };
}

export const indicatorsSheet: SheetDefinition<
  | "id"
  | "name"
  | "dimension"
  | "measure"
  | "direction"
  | "weight"
  | "level"
  | "target"
  | "targetYear"
  | "lower"
  | "upper"
  | "source"
  | "description"
  | "ssbTable"
  | "ssbContents"
  | "ssbSelection"
  | "ssbDenominator"
  | "scale"
> = {
  key: "indicators",
  name: "Indikatorer",
  aliases: ["Indicators"],
  required: true,
  columns: [
    column("id", "Id", "Id", "text", true),
    column("name", "Navn", "Name", "text", true),
    column("dimension", "Dimensjon", "Dimension", "text", true),
    column("measure", "Enhet", "Unit", "text"),
    column("direction", "Retning", "Direction", "direction", true),
    column("weight", "Vekt", "Weight", "number"),
    column("level", "Nivå", "Level", "level"),
    column("target", "Mål", "Target", "number"),
    column("targetYear", "Målår", "TargetYear", "year"),
    column("lower", "Nedre", "Lower", "number"),
    column("upper", "Øvre", "Upper", "number"),
    column("source", "Kilde", "Source", "text"),
    column("description", "Beskrivelse", "Description", "text"),
    column("ssbTable", "SSB-tabell", "SSB table", "code"),
    column("ssbContents", "SSB-innhold", "SSB contents", "text"),
    column("ssbSelection", "SSB-utvalg", "SSB selection", "text"),
    column("ssbDenominator", "SSB-nevner", "SSB denominator", "code"),
    column("scale", "Skala", "Scale", "number"),
  ],
};

export const dimensionsSheet: SheetDefinition<"id" | "name" | "weight" | "parent"> = {
  key: "dimensions",
  name: "Dimensjoner",
  aliases: ["Dimensions"],
  required: true,
  columns: [
    column("id", "Id", "Id", "text", true),
    column("name", "Navn", "Name", "text", true),
    column("weight", "Vekt", "Weight", "number"),
    column("parent", "Overordnet", "Parent", "text"),
  ],
};

export const unitsSheet: SheetDefinition<"code" | "name" | "level" | "group"> = {
  key: "units",
  name: "Enheter",
  aliases: ["Units"],
  required: true,
  columns: [
    column("code", "Kode", "Code", "unit code", true),
    column("name", "Navn", "Name", "text", true),
    column("level", "Nivå", "Level", "level"),
    column("group", "Gruppe", "Group", "text"),
  ],
};

export const dataSheet: SheetDefinition<
  "unit" | "year" | "indicator" | "value" | "quality" | "source" | "comment"
> = {
  key: "data",
  name: "Data",
  aliases: ["Observations"],
  required: true,
  columns: [
    column("unit", "Enhet", "Unit", "unit code", true),
    column("year", "År", "Year", "year", true),
    column("indicator", "Indikator", "Indicator", "text", true),
    column("value", "Verdi", "Value", "number", true),
    column("quality", "Kvalitet", "Quality", "quality"),
    column("source", "Kilde", "Source", "text"),
    column("comment", "Kommentar", "Comment", "text"),
  ],
};

export const methodSheet: SheetDefinition<"setting" | "value"> = {
  key: "method",
  name: "Metode",
  aliases: ["Method"],
  required: false,
  columns: [
    column("setting", "Innstilling", "Setting", "text", true),
    column("value", "Verdi", "Value", "text", true),
  ],
};

/**
 * Planned measures (tiltak): what each does to one indicator's value for a unit and year. Optional, and
 * not among the five sheets of content: the template writes it after them, and a workbook without it has
 * no measures (src/core/analysis).
 */
export const measuresSheet: SheetDefinition<
  "unit" | "indicator" | "year" | "effectKind" | "effect" | "description" | "owner"
> = {
  key: "measures",
  name: "Tiltak",
  aliases: ["Measures"],
  required: false,
  columns: [
    column("unit", "Enhet", "Unit", "unit code", true),
    column("indicator", "Indikator", "Indicator", "text", true),
    column("year", "År", "Year", "year", true),
    column("effectKind", "Virkning", "Effect kind", "text", true),
    column("effect", "Effekt", "Effect", "number", true),
    column("description", "Beskrivelse", "Description", "text"),
    column("owner", "Ansvarlig", "Owner", "text"),
  ],
};

/** The five sheets of a Veikart workbook, in the order the template writes them. */
export const templateSheets: readonly SheetDefinition[] = [
  indicatorsSheet,
  dimensionsSheet,
  unitsSheet,
  dataSheet,
  methodSheet,
];

/** Whether a column's cells are formatted as text, so that what is typed keeps its leading zeros. */
export function keepsLeadingZeros(type: ColumnType): boolean {
  return type === "unit code" || type === "code";
}

/** Headers and sheet names match after this: any case, no spaces (also non-breaking ones). */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, "");
}

/** The names a sheet or column answers to. */
export function namesOf(definition: {
  readonly name?: string;
  readonly header?: string;
  readonly aliases: readonly string[];
}): readonly string[] {
  return [definition.name ?? definition.header ?? "", ...definition.aliases];
}
