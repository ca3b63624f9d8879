import { appendRow, describeChecks, findRow, setCell } from "./workbook-grids";

const indicator = (id: string) => ({
  Id: id,
  Navn: "Ny indikator",
  Dimensjon: "D1",
  Retning: "høyere er bedre",
});

describeChecks([
  {
    problem: "an indicator row without an id",
    code: "required_value_missing",
    trigger: (workbook) => void appendRow(workbook, "Indikatorer", { ...indicator(""), Id: null }),
    expected: { severity: "error", sheet: "Indikatorer", row: 33, column: 0 },
    fine: "an indicator row with an id",
    nearMiss: (workbook) => void appendRow(workbook, "Indikatorer", indicator("NEW_ONE")),
  },
  {
    problem: "an indicator id used twice",
    code: "id_duplicate",
    trigger: (workbook) => void appendRow(workbook, "Indikatorer", indicator("GHG_TOTAL")),
    expected: { severity: "error", sheet: "Indikatorer", row: 33, column: 0, value: "GHG_TOTAL" },
    fine: "a similar but distinct id",
    nearMiss: (workbook) => void appendRow(workbook, "Indikatorer", indicator("GHG_TOTAL_2")),
  },
  {
    problem: "an id with a space in it",
    code: "id_malformed",
    trigger: (workbook) => void appendRow(workbook, "Indikatorer", indicator("GHG TOTAL")),
    expected: { severity: "error", sheet: "Indikatorer", row: 33, value: "GHG TOTAL" },
    fine: "an id with Norwegian letters, digits, dots and dashes",
    nearMiss: (workbook) => void appendRow(workbook, "Indikatorer", indicator("Miljø-2.0_ÆØÅ")),
  },
  {
    problem: "an indicator in a dimension that does not exist",
    code: "dimension_unknown",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Dimensjon: "D9" }),
    expected: { severity: "error", row: 33, column: 2, indicator: "NEW_ONE", value: "D9" },
    fine: "an indicator in an existing dimension",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Dimensjon: "D6" }),
  },
  {
    problem: "a direction written as 'bigger'",
    code: "direction_unknown",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Retning: "bigger" }),
    expected: { severity: "error", row: 33, column: 4, indicator: "NEW_ONE", value: "bigger" },
    fine: "the directions -1 and 'Higher'",
    nearMiss: (workbook) => {
      appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Retning: -1 });
      appendRow(workbook, "Indikatorer", { ...indicator("NEW_TWO"), Retning: "Higher" });
    },
  },
  {
    problem: "a negative weight",
    code: "weight_invalid",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Vekt: -1 }),
    expected: { severity: "error", row: 33, column: 5, value: -1 },
    fine: "a zero weight",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Vekt: 0 }),
  },
  {
    problem: "every scored indicator of D6 weighing 0",
    code: "weights_all_zero",
    trigger: (workbook) => {
      for (const id of ["OWN_OPS_EMISSIONS", "GREEN_PROCUREMENT_SHARE", "CLIMATE_BUDGET_ADOPTED"])
        setCell(workbook, "Indikatorer", findRow(workbook, "Indikatorer", { Id: id }), "Vekt", 0);
    },
    expected: { severity: "error", sheet: "Dimensjoner", row: 6 },
    fine: "two of the three weighing 0",
    nearMiss: (workbook) => {
      for (const id of ["OWN_OPS_EMISSIONS", "GREEN_PROCUREMENT_SHARE"])
        setCell(workbook, "Indikatorer", findRow(workbook, "Indikatorer", { Id: id }), "Vekt", 0);
    },
  },
  {
    problem: "goalposts with the lower above the upper",
    code: "goalposts_invalid",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Nedre: 10, Øvre: 5 }),
    expected: { severity: "error", row: 33, column: 9, indicator: "NEW_ONE", value: 10 },
    fine: "goalposts in order",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Nedre: 5, Øvre: 10 }),
  },
  {
    problem: "an indicator level 'region'",
    code: "level_unknown",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Nivå: "region" }),
    expected: { severity: "error", row: 33, column: 6, value: "region" },
    fine: "the levels 'Fylke' and 'both'",
    nearMiss: (workbook) => {
      appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Nivå: "Fylke" });
      appendRow(workbook, "Indikatorer", { ...indicator("NEW_TWO"), Nivå: "both" });
    },
  },
  {
    problem: "a target typed as a word",
    code: "number_invalid",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Mål: "høyt" }),
    expected: { severity: "error", row: 33, column: 7, value: "høyt" },
    fine: "a target typed as a number",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Mål: 55 }),
  },
  {
    problem: "a dimension whose parent does not exist",
    code: "dimension_parent_unknown",
    trigger: (workbook) => setCell(workbook, "Dimensjoner", 6, "Overordnet", "D99"),
    expected: { severity: "error", sheet: "Dimensjoner", row: 6, column: 3, value: "D99" },
    fine: "a dimension under another dimension",
    nearMiss: (workbook) => setCell(workbook, "Dimensjoner", 6, "Overordnet", "D5"),
  },
  {
    problem: "two dimensions that are each other's parent",
    code: "dimension_cycle",
    trigger: (workbook) => {
      setCell(workbook, "Dimensjoner", 1, "Overordnet", "D2");
      setCell(workbook, "Dimensjoner", 2, "Overordnet", "D1");
    },
    expected: { severity: "error", sheet: "Dimensjoner", row: 1 },
    fine: "a chain of three dimensions",
    nearMiss: (workbook) => {
      setCell(workbook, "Dimensjoner", 1, "Overordnet", "D2");
      setCell(workbook, "Dimensjoner", 2, "Overordnet", "D3");
    },
  },
  {
    problem: "a dimension with nothing under it",
    code: "dimension_empty",
    trigger: (workbook) =>
      void appendRow(workbook, "Dimensjoner", { Id: "D7", Navn: "Tom", Vekt: 1 }),
    expected: { severity: "warning", sheet: "Dimensjoner", row: 7 },
    fine: "a new dimension with one indicator",
    nearMiss: (workbook) => {
      appendRow(workbook, "Dimensjoner", { Id: "D7", Navn: "Ny", Vekt: 1 });
      appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Dimensjon: "D7" });
    },
  },
  {
    problem: "an SSB table number of four digits",
    code: "ssb_table_malformed",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": "7459x",
        "SSB-innhold": "Personer1",
      }),
    expected: { severity: "error", row: 33, column: 13, indicator: "NEW_ONE", value: "7459x" },
    fine: "a table number typed as a number that lost its leading zero",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": 7459,
        "SSB-innhold": "Personer1",
      }),
  },
  {
    problem: "an SSB table without its content code",
    code: "ssb_contents_missing",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), "SSB-tabell": "07459" }),
    expected: { severity: "error", row: 33, column: 14, indicator: "NEW_ONE" },
    fine: "an SSB table with its content code",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": "07459",
        "SSB-innhold": "Personer1",
      }),
  },
  {
    problem: "SSB contents without a table",
    code: "ssb_table_missing",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-innhold": "Personer1",
      }),
    expected: { severity: "error", row: 33, column: 13, indicator: "NEW_ONE" },
    fine: "no SSB cells at all",
    nearMiss: (workbook) => void appendRow(workbook, "Indikatorer", indicator("NEW_ONE")),
  },
  {
    problem: "an SSB selection without '='",
    code: "ssb_selection_malformed",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": "07459",
        "SSB-innhold": "Personer1",
        "SSB-utvalg": "Kjonn=2;Alder",
      }),
    expected: { severity: "error", row: 33, column: 15, value: "Kjonn=2;Alder" },
    fine: "two dimensions, one held at two codes",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": "07459",
        "SSB-innhold": "Personer1",
        "SSB-utvalg": "Kjonn=2; Alder=020,021",
      }),
  },
  {
    problem: "an SSB denominator without its content code",
    code: "ssb_denominator_malformed",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": "09391",
        "SSB-innhold": "BNP",
        "SSB-nevner": "07459",
      }),
    expected: { severity: "error", row: 33, column: 16, value: "07459" },
    fine: "a denominator written table/contents",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", {
        ...indicator("NEW_ONE"),
        "SSB-tabell": "09391",
        "SSB-innhold": "BNP",
        "SSB-nevner": "07459/Personer1",
      }),
  },
  {
    problem: "a scale of 0",
    code: "scale_invalid",
    trigger: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Skala: 0 }),
    expected: { severity: "error", row: 33, column: 17, indicator: "NEW_ONE", value: 0 },
    fine: "a scale of 1000",
    nearMiss: (workbook) =>
      void appendRow(workbook, "Indikatorer", { ...indicator("NEW_ONE"), Skala: 1000 }),
  },
]);
