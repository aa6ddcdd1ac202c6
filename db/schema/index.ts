export * from "./identity";
export * from "./customers";
export * from "./commerce";
export * from "./email";
export * from "./audit";
export * from "./system";
export * from "./routing";
export * from "./cases";
