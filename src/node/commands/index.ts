import type { Command } from "../command";
import { coinCommand } from "./coin";

/** Every `veikart` command, in the order `veikart --help` lists them. */
export const commands: readonly Command[] = [coinCommand];
