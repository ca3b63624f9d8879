import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { messageIn, titleOf, type Issue } from "../../core/issues";
import type { Language } from "../../core/language";
import { groupIssues, type IssueGroup } from "../../core/validate";
import type { PaneTexts } from "../pane-texts";

/** Rows a group renders at once, and how many more each "show more" adds: 10,000 rows help nobody. */
export const issuesPerPage = 25;

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  groupLine: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  code: { color: tokens.colorNeutralForeground3 },
  rows: { margin: 0, paddingLeft: tokens.spacingHorizontalM, listStyleType: "none" },
  issue: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  more: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  heading: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontSize: tokens.fontSizeBase300 },
});

const severityColours = { error: "danger", warning: "warning", info: "informative" } as const;

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly language: Language;
  readonly text: PaneTexts;
  readonly onSelectCell: ((reference: string) => void) | undefined;
}

type RowProps = Omit<IssueListProps, "issues">;

function IssueRow({ issue, language, text, onSelectCell }: RowProps & { readonly issue: Issue }) {
  const styles = useStyles();
  const cell = issue.cell;
  return (
    <li className={styles.issue}>
      {cell !== undefined &&
        (onSelectCell === undefined ? (
          <Caption1>{cell}</Caption1>
        ) : (
          <Link as="button" title={text.selectCellHint(cell)} onClick={() => onSelectCell(cell)}>
            {cell}
          </Link>
        ))}
      <Body1>{messageIn(issue, language)}</Body1>
    </li>
  );
}

/**
 * One line per sheet, indicator and code: the code's title, the indicator and how many. Errors are
 * listed a page at a time; warnings and info show their worst few and open to the full list on request.
 */
function GroupView(props: RowProps & { readonly group: IssueGroup }) {
  const { group, language, text } = props;
  const styles = useStyles();
  const summarised = group.severity !== "error";
  const [shown, setShown] = useState(summarised ? 0 : issuesPerPage);
  const total = group.issues.length;
  const listed = shown === 0 ? group.worst : group.issues.slice(0, shown);
  const more = Math.min(issuesPerPage, total - listed.length);
  return (
    <div className={styles.group}>
      <div className={styles.groupLine}>
        <Badge appearance="tint" color={severityColours[group.severity]}>
          {text.severityNames[group.severity]}
        </Badge>
        <Text weight="semibold">
          {titleOf(group, language)}
          {group.indicator === undefined ? "" : ` · ${group.indicator}`} ({group.count})
        </Text>
        <Caption1 className={styles.code}>{text.issueCode(group.code)}</Caption1>
      </div>
      <ul className={styles.rows}>
        {listed.map((issue, index) => (
          <IssueRow
            key={`${issue.cell ?? ""}-${index}`}
            issue={issue}
            language={language}
            text={text}
            onSelectCell={props.onSelectCell}
          />
        ))}
      </ul>
      {(more > 0 || (summarised && shown > 0)) && (
        <div className={styles.more}>
          {listed.length < total && <Caption1>{text.issuesShown(listed.length, total)}</Caption1>}
          {more > 0 && (
            <Button
              appearance="secondary"
              size="small"
              onClick={() => setShown(shown === 0 ? Math.min(issuesPerPage, total) : shown + more)}
            >
              {shown === 0 ? text.showList(total) : text.showMore(more)}
            </Button>
          )}
          {summarised && shown > 0 && (
            <Button appearance="secondary" size="small" onClick={() => setShown(0)}>
              {text.showFewer}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

/** The groups under their sheet, errors first as groupIssues orders them. */
function bySheet(groups: readonly IssueGroup[], workbookWide: string): Map<string, IssueGroup[]> {
  const sheets = new Map<string, IssueGroup[]>();
  for (const group of groups) {
    const sheet = group.sheet ?? workbookWide;
    const members = sheets.get(sheet);
    if (members === undefined) sheets.set(sheet, [group]);
    else members.push(group);
  }
  return sheets;
}

export function IssueList({ issues, language, text, onSelectCell }: IssueListProps) {
  const styles = useStyles();
  const { workbookWide } = text;
  const sheets = useMemo(
    () => [...bySheet(groupIssues(issues), workbookWide)],
    [issues, workbookWide]
  );
  if (issues.length === 0) return <Body1>{text.noIssues}</Body1>;
  return (
    <div>
      {sheets.map(([sheet, groups]) => (
        <div key={sheet} className={styles.sheet}>
          <h3 className={styles.heading}>{sheet}</h3>
          {groups.map((group) => (
            <GroupView
              key={`${group.indicator ?? ""}\u0000${group.code}`}
              group={group}
              language={language}
              text={text}
              onSelectCell={onSelectCell}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
