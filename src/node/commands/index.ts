import type { Command } from "../command";
import { benchmarkCommand } from "./benchmark";
import { coinCommand } from "./coin";
import { demoCommand } from "./demo";
import { mergeCommand } from "./merge";
import { profileCommand } from "./profile";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

/** Every `veikart` command, in the order `veikart --help` lists them. */
export const commands: readonly Command[] = [
  coinCommand,
  validateCommand,
  templateCommand,
  benchmarkCommand,
  mergeCommand,
  profileCommand,
  demoCommand,
];
