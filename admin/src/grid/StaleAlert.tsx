// Above the grid, for each row whose save someone else's change refused: who and when, their
// values next to the user's, and reload (show the rows as saved now, dropping the user's
// change) or overwrite (save the user's change over theirs).
import { Alert, AlertTitle, Button, Stack } from "@mui/material";
import { useTranslate } from "ra-core";
import { StaleComparison } from "../resources/StaleComparison.tsx";
import type { GridConflict } from "./useStaleConflicts.ts";

interface Props {
  conflicts: GridConflict[];
  onReload: () => void;
  onOverwrite: (conflict: GridConflict) => void;
}

export function StaleAlert({ conflicts, onReload, onOverwrite }: Props) {
  const translate = useTranslate();
  return (
    <>
      {conflicts.map((entry) => (
        <Alert
          key={String(entry.id)}
          severity="warning"
          data-testid="stale-conflict"
          sx={{ mx: 1, mb: 1, "& .MuiAlert-message": { flex: 1 } }}
          action={
            <Stack direction="row" spacing={1}>
              <Button size="small" onClick={onReload} title={translate("app.stale.reload_hint")}>
                {translate("app.stale.reload")}
              </Button>
              <Button
                size="small"
                color="warning"
                variant="contained"
                onClick={() => onOverwrite(entry)}
                title={translate("app.stale.overwrite_hint")}
              >
                {translate("app.stale.overwrite")}
              </Button>
            </Stack>
          }
        >
          <AlertTitle>{translate("app.stale.title")}</AlertTitle>
          <StaleComparison conflict={entry.conflict} base={entry.base} mine={entry.mine} />
        </Alert>
      ))}
    </>
  );
}
