import { Button, Tooltip } from "@fluentui/react-components";

export interface ActionButtonProps {
  readonly label: string;
  readonly hint: string;
  /** Absent until the action exists: the button stays focusable so its tooltip can be read. */
  readonly onClick?: () => void;
  readonly unavailableHint: string;
}

export function ActionButton({ label, hint, onClick, unavailableHint }: ActionButtonProps) {
  const available = onClick !== undefined;
  return (
    <Tooltip content={available ? hint : `${hint} ${unavailableHint}`} relationship="description">
      <Button appearance="primary" disabledFocusable={!available} onClick={onClick}>
        {label}
      </Button>
    </Tooltip>
  );
}
