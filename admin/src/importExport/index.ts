// Import and export: a toolbar button on every list for each, and the import page.
import { createElement } from "react";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { canWriteSomeResource } from "../auth/permissions.ts";
import { registerListAction, registerMenuEntry, registerRoute } from "../registry.ts";
import { ExportButton } from "./ExportButton.tsx";
import { ImportButton } from "./ImportButton.tsx";
import { lazyNamed } from "../lazy.ts";

const ImportPage = lazyNamed(() => import("./ImportPage.tsx"), "ImportPage");

registerListAction(ExportButton);
registerListAction(ImportButton);
registerRoute("/import", createElement(ImportPage));
registerRoute("/import/:model", createElement(ImportPage));
registerMenuEntry({
  to: "/import",
  label: "import.menu",
  icon: createElement(UploadFileIcon),
  position: "bottom",
  visible: canWriteSomeResource, // a viewer has nothing to import
});
