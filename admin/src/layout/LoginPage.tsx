// React-Admin's sign-in page as a page of its own: the whole of it is the main landmark,
// headed by the platform's name (<h1>), in the admin's language (<html lang>).
import { Typography } from "@mui/material";
import { Login, LoginForm } from "react-admin";
import { useTranslate } from "ra-core";
import { useDocumentLanguage } from "./documentLanguage.ts";

export function LoginPage() {
  useDocumentLanguage();
  const translate = useTranslate();
  return (
    <Login role="main">
      <Typography component="h1" variant="h6" align="center">
        {translate("app.layout.title")}
      </Typography>
      <LoginForm />
    </Login>
  );
}
