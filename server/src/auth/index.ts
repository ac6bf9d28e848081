export { canSeePersonalData, type Viewer } from "./viewer.ts";
export { resolveViewer } from "./resolve-viewer.ts";
export { requireViewer, requireWriter } from "./guards.ts";
export { useAuth } from "./plugin.ts";
export { hashPassword, verifyPassword } from "@p181/db/password";
