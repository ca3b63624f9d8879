// Excel provides the CustomFunctions global at run time; tests install this stand-in with the same shape.
export class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const errorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctionsGlobal(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeExcelError,
    ErrorCode: errorCodes,
    associate: () => undefined,
  };
}
