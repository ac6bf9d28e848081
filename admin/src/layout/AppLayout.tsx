// React-Admin's layout with the admin's app bar, sidebar and menu. Wide grids scroll inside the page
// instead of widening it (minWidth 0); every progress indicator is named (axe: a progressbar
// needs an accessible name) in the admin's language; <html lang> follows that language.
import { ThemeProvider, type Theme } from "@mui/material/styles";
import { useCallback } from "react";
import { Layout, Sidebar, type LayoutProps, type SidebarProps } from "react-admin";
import { useTranslate } from "ra-core";
import { AppMenu } from "../resources/Menu.tsx";
import { AppBar } from "./AppBar.tsx";
import { useDocumentLanguage } from "./documentLanguage.ts";

function NamedProgress({ children }: { children: React.ReactNode }) {
  const label = useTranslate()("ra.page.loading");
  const withLabels = useCallback(
    (outer: Theme): Theme => ({
      ...outer,
      components: {
        ...outer.components,
        MuiCircularProgress: {
          ...outer.components?.MuiCircularProgress,
          defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, "aria-label": label },
        },
        MuiLinearProgress: {
          ...outer.components?.MuiLinearProgress,
          defaultProps: { ...outer.components?.MuiLinearProgress?.defaultProps, "aria-label": label },
        },
      },
    }),
    [label],
  );
  return <ThemeProvider theme={withLabels}>{children}</ThemeProvider>;
}

/** On a phone the sidebar is a modal drawer (a dialog): it is named after the menu it holds. */
function AppSidebar(props: SidebarProps) {
  const translate = useTranslate();
  return <Sidebar {...props} slotProps={{ paper: { "aria-label": translate("app.layout.navigation") } }} />;
}

export function AppLayout(props: LayoutProps) {
  useDocumentLanguage();
  return (
    <NamedProgress>
      <Layout
        {...props}
        appBar={AppBar}
        menu={AppMenu}
        sidebar={AppSidebar}
        sx={{ minWidth: 0, "& .RaLayout-content": { minWidth: 0 } }}
      />
    </NamedProgress>
  );
}
