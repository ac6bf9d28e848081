// The edit form's answer to a STALE save: the comparison, and reload (the form shows the
// record as the other person saved it; the user's changes are discarded) or overwrite (the
// user's changes are saved over that version; fields they did not touch keep the other
// person's values). Cancel keeps the form as it is, to look or copy before choosing.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { useEditContext, useSaveContext, useTranslate } from "ra-core";
import type { StaleConflict } from "../dataProvider/stale.ts";
import { StaleComparison } from "./StaleComparison.tsx";

type Values = Record<string, unknown>;

export interface StaleSave {
  conflict: StaleConflict;
  /** The record the form started from. */
  base: Values;
  /** The values the user tried to save. */
  mine: Values;
}

export function StaleEditDialog({ refused, onDone }: { refused: StaleSave | null; onDone: () => void }) {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  const { save } = useSaveContext();
  const reload = async () => {
    onDone();
    await refetch();
  };
  const overwrite = async () => {
    const { mine, conflict } = refused!;
    onDone();
    await save?.(mine, { meta: { expectedUpdatedAt: conflict.updatedAt } });
  };
  return (
    <Dialog open={refused !== null} onClose={onDone} maxWidth="md" fullWidth data-testid="stale-dialog">
      <DialogTitle>{translate("app.stale.title")}</DialogTitle>
      <DialogContent>
        {refused && <StaleComparison conflict={refused.conflict} base={refused.base} mine={refused.mine} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onDone}>{translate("ra.action.cancel")}</Button>
        <Button onClick={reload} title={translate("app.stale.reload_hint")}>
          {translate("app.stale.reload")}
        </Button>
        <Button onClick={overwrite} color="warning" variant="contained" title={translate("app.stale.overwrite_hint")}>
          {translate("app.stale.overwrite")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
