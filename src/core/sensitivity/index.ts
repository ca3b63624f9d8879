export * from "./replications";
export * from "./seeded-random";
export * from "./sensitivity-analysis";
export * from "./sensitivity-issues";
export * from "./sobol";
export * from "./uncertainty";
export * from "./varied-inputs";
