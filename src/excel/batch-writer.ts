import type { ExcelHost } from "./excel-host";
import { defaultBudgetBytes } from "./request-budget";

/**
 * Queues writes on one request context and syncs only when the next write would take the batch over
 * the budget, so a write costs one sync per budget-sized chunk. Calculation is suspended for each
 * batch where the host allows it.
 */
export class BatchWriter {
  private pendingBytes = 0;
  private pendingOperations = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly host: ExcelHost,
    private readonly budgetBytes = defaultBudgetBytes
  ) {}

  /** Queues `write`, which adds about `bytes` to the request; syncs first when the batch is full. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.pendingOperations > 0 && this.pendingBytes + bytes > this.budgetBytes)
      await this.flush();
    if (this.pendingOperations === 0 && this.host.canSuspendCalculation)
      this.context.application.suspendApiCalculationUntilNextSync();
    write();
    this.pendingBytes += bytes;
    this.pendingOperations++;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    if (this.pendingOperations === 0) return;
    this.pendingBytes = 0;
    this.pendingOperations = 0;
    await this.context.sync();
  }

  get budget(): number {
    return this.budgetBytes;
  }

  /** Whether the host has Worksheet.pageLayout (ExcelApi 1.9); without it a sheet keeps Excel's print defaults. */
  get canSetPageLayout(): boolean {
    return this.host.canSetPageLayout;
  }
}
