// The admin's one translation mechanism: zh-CN by default, English switchable; components
// read every text through React-Admin's useTranslate(). Labels of entities and fields come
// from the metadata.
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { appChinese, appEnglish } from "./app-messages.ts";
import { importChinese, importEnglish } from "./import-messages.ts";
import { raChinese } from "./ra-zh.ts";
import { reportChinese, reportEnglish } from "./report-messages.ts";
import { resourceMessages } from "./resource-messages.ts";

const messages = {
  zh: { ...raChinese, ...appChinese, ...importChinese, ...reportChinese, resources: resourceMessages("zh") },
  en: { ...englishMessages, ...appEnglish, ...importEnglish, ...reportEnglish, resources: resourceMessages("en") },
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === "en" ? messages.en : messages.zh),
  "zh",
  [
    { locale: "zh", name: "中文" },
    { locale: "en", name: "English" },
  ],
  { allowMissing: true },
);
