// What can be done to the selected rows: set one field on all of them (updateMany with
// `where: { id: { in: [...] } }`), delete them, or – in the deleted view – restore them.
import EditNoteIcon from "@mui/icons-material/EditNote";
import RestoreIcon from "@mui/icons-material/RestoreFromTrash";
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BulkDeleteButton, Form, SaveButton } from "react-admin";
import { useDataProvider, useListContext, useNotify, useTranslate } from "ra-core";
import type { AppDataProvider } from "../dataProvider/index.ts";
import type { AdminField } from "../metadata/fields.ts";
import { FieldInput } from "../resources/inputs.tsx";

/** After a bulk change, every cached list of the entity (the live and the deleted view) is out of date. */
function useForgetLists(model: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [model] });
}

function SetFieldDialog({ model, fields, onClose }: { model: string; fields: AdminField[]; onClose: () => void }) {
  const { selectedIds, onUnselectItems } = useListContext();
  const forgetLists = useForgetLists(model);
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [name, setName] = useState(fields[0]?.name ?? "");
  const field = fields.find((f) => f.name === name);
  const submit = async (values: Record<string, unknown>) => {
    if (!field) return;
    try {
      const { data } = await dataProvider.updateMany(model, {
        ids: selectedIds,
        data: { [field.name]: values[field.name] ?? null },
      });
      notify("app.bulk.updated", { type: "success", messageArgs: { smart_count: data?.length ?? selectedIds.length } });
      onUnselectItems();
      onClose();
      await forgetLists();
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    }
  };
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate("app.bulk.set_title", { smart_count: selectedIds.length })}</DialogTitle>
      <Form key={name} onSubmit={submit} record={{}}>
        <DialogContent>
          <Stack gap={2}>
            <TextField
              select
              size="small"
              label={translate("app.bulk.field")}
              value={name}
              onChange={(event) => setName(event.target.value)}
            >
              {fields.map((f) => (
                <MenuItem key={f.name} value={f.name}>
                  {f.label}
                </MenuItem>
              ))}
            </TextField>
            {field && <FieldInput field={field} label={translate("app.bulk.value")} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
          <SaveButton alwaysEnable label="ra.action.update" />
        </DialogActions>
      </Form>
    </Dialog>
  );
}

function RestoreButton({ model }: { model: string }) {
  const { selectedIds, onUnselectItems } = useListContext();
  const forgetLists = useForgetLists(model);
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  return (
    <Button
      size="small"
      startIcon={<RestoreIcon />}
      onClick={async () => {
        try {
          const { data } = await dataProvider.restoreMany(model, { ids: selectedIds });
          notify("app.bulk.restored", { type: "success", messageArgs: { smart_count: data.length } });
          onUnselectItems();
          await forgetLists();
        } catch (error) {
          notify((error as Error).message, { type: "error" });
        }
      }}
    >
      {translate("app.actions.restore")}
    </Button>
  );
}

export function BulkActions({
  model,
  fields,
  deletedView,
}: {
  model: string;
  fields: AdminField[];
  deletedView: boolean;
}) {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const [setting, setSetting] = useState(false);
  if (selectedIds.length === 0) return null;
  return (
    <Stack direction="row" alignItems="center" gap={1} data-testid="bulk-actions">
      <Typography variant="body2" color="primary">
        {translate("ra.action.bulk_actions", { smart_count: selectedIds.length })}
      </Typography>
      {deletedView ? (
        <RestoreButton model={model} />
      ) : (
        <>
          <Button size="small" startIcon={<EditNoteIcon />} onClick={() => setSetting(true)}>
            {translate("app.actions.set_field")}
          </Button>
          <BulkDeleteButton mutationMode="pessimistic" />
        </>
      )}
      {setting && <SetFieldDialog model={model} fields={fields} onClose={() => setSetting(false)} />}
    </Stack>
  );
}
