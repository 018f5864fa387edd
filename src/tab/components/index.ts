export * from "./status-badge";
export * from "./focus-area-circles";
export * from "./breadcrumbs";
export * from "./states";
