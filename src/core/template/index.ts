export * from "./schema";
export * from "./default-catalogue";
export * from "./value-kinds";
export * from "./method-settings";
export * from "./pilot-units";
export * from "./example-data";
export * from "./register-entry";
export { kommuner, fylker } from "./unit-register";
export { registerByCode, retiredByCode, registerNames } from "./unit-register-lookup";
