// VEIKART.VERSION: the add-in's version, read from package.json when the bundle is built.
import packageJson from "../../package.json";
import { declareFunction } from "./declare-function";

export const addInVersion: string = packageJson.version;

export const versionFunction = declareFunction({
  id: "VERSION",
  arguments: [],
  evaluate: () => addInVersion,
});
