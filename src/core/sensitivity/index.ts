export * from "./sensitivity-issues";
export * from "./varied-inputs";
