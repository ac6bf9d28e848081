// React-Admin's default theme, denser (spreadsheet users want rows, not whitespace),
// with a font stack that renders Chinese well on Windows, macOS and Linux.
import { defaultTheme, type RaThemeOptions } from "react-admin";

export const theme: RaThemeOptions = {
  ...defaultTheme,
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
  },
};
