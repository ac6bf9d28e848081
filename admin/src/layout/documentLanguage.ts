// <html lang> follows the admin's language (index.html starts as zh-CN), so that screen
// readers pronounce the page, and browsers pick fonts and hyphenation, in the language shown.
import { useEffect } from "react";
import { useLocaleState } from "ra-core";

/** The BCP 47 tag of one of the admin's locales ("zh", "en"). */
export function languageTag(locale: string): string {
  return locale === "en" ? "en" : "zh-CN";
}

export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = languageTag(locale);
  }, [locale]);
}
