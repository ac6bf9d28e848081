// React-Admin's default theme, denser (spreadsheet users want rows, not whitespace), with a
// font stack that renders Chinese well on Windows, macOS and Linux, and colours that keep
// every text at WCAG AA contrast (4.5:1) on the backgrounds it is drawn on: white on the app
// bar, links and text buttons on the page and on the form toolbar, coloured chips' text, and
// the "disabled" grey that also serves as muted text (the grid's new row, dashboard notes).
import { grey } from "@mui/material/colors";
import { defaultTheme, type RaThemeOptions } from "react-admin";

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    // 5.8:1 with white text, 5.5:1 as text on the page.
    primary: { main: "#1565c0", contrastText: "#fff" },
    // The app bar (React-Admin paints it "secondary"): 8.6:1 with white text.
    secondary: { light: "#5e92f3", main: "#0d47a1", dark: "#002171", contrastText: "#fff" },
    error: { main: "#c62828", contrastText: "#fff" },
    warning: { main: "#b45309", contrastText: "#fff" },
    info: { main: "#0277bd", contrastText: "#fff" },
    success: { main: "#2e7d32", contrastText: "#fff" },
    // 4.7:1 on the page background (MUI's 0.38 is 2.7:1); disabled controls stay recognisable by their outline and fill.
    text: { primary: "rgba(0, 0, 0, 0.87)", secondary: "rgba(0, 0, 0, 0.6)", disabled: "rgba(0, 0, 0, 0.56)" },
  },
  typography: {
    fontFamily: [
      '"Microsoft YaHei"',
      '"PingFang SC"',
      '"Noto Sans CJK SC"',
      '"Source Han Sans SC"',
      "Roboto",
      "Helvetica",
      "Arial",
      "sans-serif",
    ].join(","),
  },
  components: {
    ...defaultTheme.components,
    MuiTextField: { defaultProps: { size: "small" } },
    MuiFormControl: { defaultProps: { size: "small" } },
    // React-Admin's form toolbar is grey 300, on which the primary and error buttons' text falls under 4.5:1.
    RaToolbar: { styleOverrides: { root: { backgroundColor: grey[100] } } },
  },
};
