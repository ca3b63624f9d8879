import { Badge, Body1, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { messageIn, type Issue } from "../../core/issues";
import type { Language } from "../../core/language";
import type { PaneTexts } from "../pane-texts";

/** More than this many issues of one code are summed up, not listed: a pane of 10,000 rows helps nobody. */
const issuesShownPerCode = 25;

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  code: { margin: 0, paddingLeft: tokens.spacingHorizontalM, listStyleType: "none" },
  issue: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  heading: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
});

const severityColours = { error: "danger", warning: "warning", info: "informative" } as const;

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly language: Language;
  readonly text: PaneTexts;
  readonly onSelectCell: ((reference: string) => void) | undefined;
}

/** Issues grouped by sheet, then by code, in the order the validator found them. */
function groupIssues(issues: readonly Issue[], workbookWide: string) {
  const sheets = new Map<string, Map<string, Issue[]>>();
  for (const issue of issues) {
    const sheet = issue.sheet ?? workbookWide;
    const codes = sheets.get(sheet) ?? new Map<string, Issue[]>();
    sheets.set(sheet, codes);
    const coded = codes.get(issue.code);
    if (coded === undefined) codes.set(issue.code, [issue]);
    else coded.push(issue);
  }
  return sheets;
}

export function IssueList({ issues, language, text, onSelectCell }: IssueListProps) {
  const styles = useStyles();
  const { workbookWide } = text;
  const grouped = useMemo(() => [...groupIssues(issues, workbookWide)], [issues, workbookWide]);
  if (issues.length === 0) return <Body1>{text.noIssues}</Body1>;
  return (
    <div>
      {grouped.map(([sheet, codes]) => (
        <div key={sheet} className={styles.sheet}>
          <h3 className={styles.heading}>{sheet}</h3>
          {[...codes].map(([code, coded]) => (
            <div key={code}>
              <Caption1>
                <Badge appearance="tint" color={severityColours[coded[0]?.severity ?? "info"]}>
                  {text.severityNames[coded[0]?.severity ?? "info"]}
                </Badge>{" "}
                {code} ({coded.length})
              </Caption1>
              <ul className={styles.code}>
                {coded.slice(0, issuesShownPerCode).map((issue, index) => (
                  <li key={`${issue.cell ?? ""}-${index}`} className={styles.issue}>
                    {issue.cell !== undefined && onSelectCell !== undefined ? (
                      <Link
                        as="button"
                        title={text.selectCellHint(issue.cell)}
                        onClick={() => onSelectCell(issue.cell ?? "")}
                      >
                        {issue.cell}
                      </Link>
                    ) : (
                      issue.cell !== undefined && <Caption1>{issue.cell}</Caption1>
                    )}
                    <Body1>{messageIn(issue, language)}</Body1>
                  </li>
                ))}
              </ul>
              {coded.length > issuesShownPerCode && (
                <Caption1>{text.issuesShown(issuesShownPerCode, coded.length)}</Caption1>
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
