// The app bar's language switch: the language's name beside the icon where there is room, the
// icon alone on a phone; named "界面语言：中文" either way, and each choice marked with its own
// language (lang) so that a screen reader says "English" in English.
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import TranslateIcon from "@mui/icons-material/Translate";
import { Button, IconButton, Menu, MenuItem, useMediaQuery, type Theme } from "@mui/material";
import { useState } from "react";
import { useLocaleState, useLocales, useTranslate } from "ra-core";
import { languageTag } from "./documentLanguage.ts";

const MENU_ID = "language-menu";

export function LanguageMenu() {
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const translate = useTranslate();
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (languages.length < 2) return null;
  const name = languages.find((language) => language.locale === locale)?.name ?? locale;
  const button = {
    color: "inherit" as const,
    "aria-label": translate("app.layout.language", { name }),
    "aria-haspopup": "menu" as const,
    "aria-controls": anchor ? MENU_ID : undefined,
    "aria-expanded": anchor ? true : undefined,
    onClick: (event: React.MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
  };
  return (
    <>
      {narrow ? (
        <IconButton {...button}>
          <TranslateIcon />
        </IconButton>
      ) : (
        <Button {...button} startIcon={<TranslateIcon />} endIcon={<ExpandMoreIcon fontSize="small" />}>
          {name}
        </Button>
      )}
      <Menu id={MENU_ID} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            lang={languageTag(language.locale)}
            selected={language.locale === locale}
            onClick={() => {
              setLocale(language.locale);
              setAnchor(null);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
