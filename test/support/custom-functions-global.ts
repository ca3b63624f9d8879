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

/** A function as CustomFunctions.associate receives it. */
export type AssociatedFunction = (...argumentsGiven: unknown[]) => unknown;

/** A CustomFunctions object and the functions associated with it, by id. */
export function customFunctionsStandIn(): {
  readonly CustomFunctions: object;
  readonly associated: Map<string, AssociatedFunction>;
} {
  const associated = new Map<string, AssociatedFunction>();
  return {
    CustomFunctions: {
      Error: FakeExcelError,
      ErrorCode: errorCodes,
      associate: (id: string, implementation: AssociatedFunction) => {
        associated.set(id, implementation);
      },
    },
    associated,
  };
}

export function installCustomFunctionsGlobal(): void {
  (globalThis as Record<string, unknown>).CustomFunctions =
    customFunctionsStandIn().CustomFunctions;
}
