import type { Command } from "../command";

/** Every `veikart` command, in the order `veikart --help` lists them. */
export const commands: readonly Command[] = [];
