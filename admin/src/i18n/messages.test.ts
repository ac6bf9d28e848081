// The one catalogue: the texts of import, export and the reports are read through the
// React-Admin i18n provider like every other text, in both languages.
import { describe, expect, it } from "vitest";
import { messageText } from "../importExport/ProblemTable.tsx";
import { i18nProvider } from "./index.ts";

describe("the i18n provider", () => {
  it("words the import's problems, a file's own and the grid's parser's, with their arguments", async () => {
    await i18nProvider.changeLocale("zh");
    const t = i18nProvider.translate;
    expect(messageText(t, { key: "problem.conflict", args: { key: "编码" } })).toBe(
      "已有相同编码的记录（可能不在您的管理范围内）",
    );
    expect(messageText(t, { key: "parse.long_number" })).toContain("数字位数过多");
    expect(messageText(t, { key: "parse.date" })).toBe(t("app.parse.date"));
    expect(messageText(t, { key: "parse.enum", args: { options: "是、否" } })).toBe("不是可选值之一：是、否");
    expect(messageText(t, { text: "as the server said" })).toBe("as the server said");
    expect(t("import.commit", { rows: 3 })).toBe("导入 3 行");
    expect(t("violations.count", { count: 2 })).toBe("共 2 条");
  });

  it("switches them to English", async () => {
    await i18nProvider.changeLocale("en");
    const t = i18nProvider.translate;
    expect(messageText(t, { key: "problem.too_many_rows", args: { max: 5000, count: 6000 } })).toBe(
      "At most 5000 rows per import; the file has 6000: split it",
    );
    expect(t("dashboard.menu")).toBe("Home");
    expect(t("import.sheet.unreadable", { detail: "bad zip" })).toBe("Cannot read this Excel file: bad zip");
    await i18nProvider.changeLocale("zh");
  });
});
