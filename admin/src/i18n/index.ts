// zh-CN by default, English switchable; labels of entities and fields come from the metadata.
import polyglotI18nProvider from "ra-i18n-polyglot";
import englishMessages from "ra-language-english";
import { appChinese, appEnglish } from "./app-messages.ts";
import { raChinese } from "./ra-zh.ts";
import { resourceMessages } from "./resource-messages.ts";

const messages = {
  zh: { ...raChinese, ...appChinese, resources: resourceMessages("zh") },
  en: { ...englishMessages, ...appEnglish, resources: resourceMessages("en") },
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
