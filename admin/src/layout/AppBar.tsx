// The app bar: the page's title as the page's one <h1>, cut with an ellipsis before it reaches
// the buttons on a narrow screen; the language switch, the refresh button with its loading
// spinner, and the user menu, whose name says both what it is and whose it is (its visible
// text, the user's name, is part of its accessible name).
import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, UserMenu, type AppBarProps } from "react-admin";
import { useGetIdentity, useTranslate } from "ra-core";
import { LanguageMenu } from "./LanguageMenu.tsx";

function AppUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = translate("ra.auth.user_menu");
  return <UserMenu label={identity?.fullName ? `${label}：${identity.fullName}` : label} />;
}

const tools = (
  <>
    <LanguageMenu />
    <LoadingIndicator />
  </>
);

export function AppBar(props: AppBarProps) {
  return (
    <RaAppBar {...props} toolbar={tools} userMenu={<AppUserMenu />}>
      <TitlePortal
        component="h1"
        sx={{
          minWidth: 0,
          // React-Admin's title sits in an inline-block wrapper, which an ellipsis cannot cut.
          "& .RaConfigurable-root": { display: "inline" },
        }}
      />
    </RaAppBar>
  );
}
