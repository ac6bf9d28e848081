// The import's first step, always on top of the page: what to import into, the file, and
// a template to fill in.
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Alert, Autocomplete, Button, Stack, TextField } from "@mui/material";
import { useMemo } from "react";
import { useTranslate } from "ra-core";
import { useNavigate } from "react-router-dom";
import { resources } from "@p181/schema";
import { canWriteResource, type Permissions } from "../auth/permissions.ts";
import { resourceFor, type AdminField } from "../metadata/fields.ts";
import { MENU_GROUPS } from "../resources/areas.ts";
import { MIME, saveFile } from "./export.ts";
import { toTemplate } from "./template.ts";

/** The entities the user may write, in the menu's order. */
function writableModels(permissions: Permissions | undefined): string[] {
  return MENU_GROUPS.flatMap((group) => group.models).filter(
    (model) => resources[model] && canWriteResource(model, permissions),
  );
}

/** Opens the file chooser; the chosen file goes to `onFile`. */
export function FileButton({
  label,
  onFile,
  disabled,
  variant = "contained",
  testId = "import-file",
}: {
  label: string;
  onFile: (file: File) => void;
  disabled: boolean;
  variant?: "contained" | "outlined";
  testId?: string;
}) {
  return (
    <Button component="label" variant={variant} startIcon={<UploadFileIcon />} disabled={disabled}>
      {label}
      <input
        hidden
        type="file"
        accept=".xlsx,.csv,.txt"
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onFile(file);
        }}
      />
    </Button>
  );
}

export function FileStep({
  model,
  fields,
  permissions,
  busy,
  onFile,
}: {
  model: string | null;
  fields: AdminField[];
  permissions: Permissions | undefined;
  busy: boolean;
  onFile: (file: File) => void;
}) {
  const t = useTranslate();
  const navigate = useNavigate();
  const models = useMemo(() => writableModels(permissions), [permissions]);
  const downloadTemplate = async () => {
    if (!model) return;
    saveFile(`${resourceFor(model).label}-导入模板.xlsx`, await toTemplate(model, fields), MIME.xlsx);
  };
  return (
    <>
      <Stack direction="row" gap={2} alignItems="center" flexWrap="wrap">
        <Autocomplete
          sx={{ width: 320 }}
          size="small"
          options={models}
          value={model}
          getOptionLabel={(m) => resourceFor(m).label}
          onChange={(_event, value) => navigate(value ? `/import/${value}` : "/import")}
          renderInput={(props) => (
            <TextField {...props} label={t("import.entity")} placeholder={t("import.choose_entity")} />
          )}
          data-testid="import-entity"
        />
        <FileButton label={t("import.file")} onFile={onFile} disabled={!model || busy} />
        <Button onClick={downloadTemplate} disabled={!model} data-testid="import-template">
          {t("import.template")}
        </Button>
      </Stack>
      {models.length === 0 && permissions && <Alert severity="info">{t("import.read_only")}</Alert>}
    </>
  );
}
