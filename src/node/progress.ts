// Progress on stderr: a redrawn bar when stderr is a terminal, otherwise one line per step.
import type { CommandIo } from "./command";

export interface Progress {
  /** Announces the next step. */
  readonly step: (label: string) => void;
  /** Clears the bar (a terminal) once the work is done or failed. */
  readonly done: () => void;
}

const barWidth = 20;

export function progressOn(io: CommandIo, totalSteps: number): Progress {
  let current = 0;
  let drawn = false;
  return {
    step(label) {
      current = Math.min(current + 1, totalSteps);
      if (!io.interactive) {
        io.stderr(`veikart: [${current}/${totalSteps}] ${label}\n`);
        return;
      }
      const filled = Math.round((current / totalSteps) * barWidth);
      io.stderr(
        `\r\u001b[2K[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${current}/${totalSteps} ${label}`
      );
      drawn = true;
    },
    done() {
      if (drawn) io.stderr("\r\u001b[2K");
      drawn = false;
    },
  };
}
