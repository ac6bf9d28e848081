export { createApp, type App, type AppOptions } from "./yoga.ts";
export { toViewer } from "./auth/viewer-user.ts";
export { schema } from "./graphql/index.ts";
export { withStaticFiles } from "./static-files.ts";
export { createApiToken } from "./auth/tokens.ts";
export { claimsOf, claimsStatement } from "./database/claims.ts";
export { watchCredentialChanges, type CredentialWatch } from "./auth/credential-changes.ts";
export type { CredentialCache } from "./auth/credential-cache.ts";
