// What an existing table part says of itself: its name and its workbook-wide id.
import { isSpreadsheetNamespace } from "./ooxml-vocabulary";
import type { XmlReader } from "./xml-reader";

export interface TableIdentity {
  readonly name: string;
  readonly id: number;
}

/** The name and id on a table part's root (`<table id="3" name="Data">`, whatever its prefix). */
export function tableIdentityOf(reader: XmlReader): TableIdentity {
  while (reader.next() !== "end")
    if (reader.token === "open" && reader.depth === 1) {
      if (reader.localName !== "table" || !isSpreadsheetNamespace(reader.namespace)) break;
      return { name: reader.attribute("name") ?? "", id: Number(reader.attribute("id") ?? 0) };
    }
  return { name: "", id: 0 };
}
