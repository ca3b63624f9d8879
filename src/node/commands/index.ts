import type { Command } from "../command";
import { coinCommand } from "./coin";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

/** Every `veikart` command, in the order `veikart --help` lists them. */
export const commands: readonly Command[] = [coinCommand, validateCommand, templateCommand];
