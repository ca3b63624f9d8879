import { Field, Select } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookContent } from "../../core/validate";

export interface YearFieldProps {
  readonly label: string;
  /** The empty choice's label: the latest year with data. */
  readonly latestLabel: string;
  /** What the latest validation read: its years to choose among (none before a validation). */
  readonly content: WorkbookContent | undefined;
  /** Undefined: the latest year with data. */
  readonly year: number | undefined;
  readonly onChange: (year: number | undefined) => void;
}

function yearsOf(content: WorkbookContent | undefined): number[] {
  if (content === undefined) return [];
  return [...new Set(content.observations.map((observation) => observation.year))].sort(
    (a, b) => b - a
  );
}

/** A year of the workbook's data, newest first, or the latest year with data. */
export function YearField({ label, latestLabel, content, year, onChange }: YearFieldProps) {
  // Content changes once per validation; the pane re-renders on every keystroke in the choices.
  const years = useMemo(() => yearsOf(content), [content]);
  return (
    <Field label={label}>
      <Select
        value={year === undefined ? "" : String(year)}
        onChange={(_, data) => onChange(data.value === "" ? undefined : Number(data.value))}
      >
        <option value="">{latestLabel}</option>
        {years.map((each) => (
          <option key={each} value={String(each)}>
            {each}
          </option>
        ))}
      </Select>
    </Field>
  );
}
