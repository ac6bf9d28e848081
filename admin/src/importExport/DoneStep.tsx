// The import's last step: what was written, and where to go next.
import { Alert, Button, Stack } from "@mui/material";
import { useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import type { ImportState } from "./useImport.ts";

export function DoneStep({ importer, model }: { importer: ImportState; model: string }) {
  const t = useTranslate();
  if (!importer.written) return null;
  return (
    <Stack gap={1.5}>
      <Alert severity="success" data-testid="import-done">
        {t("import.done", importer.written)}
      </Alert>
      <Stack direction="row" gap={1}>
        <Button variant="contained" component={Link} to={`/${model}`}>
          {t("import.open_list")}
        </Button>
        <Button onClick={importer.reset}>{t("import.again")}</Button>
      </Stack>
    </Stack>
  );
}
