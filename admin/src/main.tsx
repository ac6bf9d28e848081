import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
// Feature modules register their pages, menu entries and list buttons (registry.ts).
import "./dashboard/index.ts";
import "./reports/index.ts";
import "./importExport/index.ts";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
