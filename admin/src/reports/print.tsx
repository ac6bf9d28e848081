// Printing a report: 打印 calls the browser's print, and while a report page is shown a print
// stylesheet leaves out the app bar, the menu and the controls, puts the report's title, scope
// and the day on top, and lets wide tables and charts use the whole page.
import PrintIcon from "@mui/icons-material/Print";
import { Box, Button, GlobalStyles, Typography } from "@mui/material";
import { useTranslate } from "ra-core";

/** Marks what only the screen shows (filters, buttons): `{...SCREEN_ONLY}`. */
export const SCREEN_ONLY = { "data-print": "hide" } as const;

const printStyles = {
  "@media print": {
    "@page": { size: "A4 landscape", margin: "12mm" },
    "header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, [data-print='hide']": { display: "none !important" },
    "[data-print='only']": { display: "block !important" },
    ".RaLayout-appFrame": { marginTop: "0 !important" },
    ".RaLayout-content, .RaLayout-contentWithSidebar": { padding: "0 !important", margin: "0 !important" },
    "body, .RaLayout-root, .RaLayout-content": { background: "#fff !important" },
    // Scrolling boxes (the scorecard) print whole; cards print flat and are not cut in two.
    "[data-print='whole']": { overflow: "visible !important", maxHeight: "none !important" },
    ".MuiPaper-root": { boxShadow: "none !important" },
    ".MuiCard-root": { breakInside: "avoid" },
    // Wide tables (the scorecard's 26 columns) fit the page: small type, headers that wrap, nothing sticky.
    "table, th, td": { fontSize: "8pt !important" },
    "th, td": {
      whiteSpace: "normal !important",
      padding: "2px 4px !important",
      lineHeight: "1.25 !important",
      position: "static !important",
    },
    a: { color: "inherit !important", textDecoration: "none !important" },
  },
} as const;

const today = () => new Date().toLocaleDateString("zh-CN", { year: "numeric", month: "2-digit", day: "2-digit" });

/** The print stylesheet and the printed page's heading: title, scope and the day; nothing on screen. */
export function PrintHeader({ title, scope }: { title: string; scope?: string | null }) {
  const t = useTranslate();
  return (
    <>
      <GlobalStyles styles={printStyles} />
      <Box data-print="only" data-testid="print-header" sx={{ display: "none", mb: 2 }}>
        <Typography variant="h5">{title}</Typography>
        <Typography variant="body2">
          {scope ? `${t("reports.scope", { scope })}　` : ""}
          {t("reports.printed_on", { date: today() })}
        </Typography>
      </Box>
    </>
  );
}

/** 打印: the browser's print dialog, with the print stylesheet. */
export function PrintButton() {
  const t = useTranslate();
  return (
    <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()} {...SCREEN_ONLY}>
      {t("reports.print")}
    </Button>
  );
}
