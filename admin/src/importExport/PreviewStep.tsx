// The import's third step: what the checked file would do, its problems if any (nothing can
// be written then), the first rows, and the commit.
import { Alert, Button, Stack, Typography } from "@mui/material";
import { useTranslate } from "ra-core";
import type { AdminField } from "../metadata/fields.ts";
import { FileButton } from "./FileStep.tsx";
import { ProblemTable } from "./ProblemTable.tsx";
import { PREVIEW_ROWS, PreviewTable } from "./PreviewTable.tsx";
import type { ImportState } from "./useImport.ts";

function Verdict({ importer }: { importer: ImportState }) {
  const t = useTranslate();
  const { refused, problems, counts } = importer;
  if (refused)
    return (
      <Alert severity="error" data-testid="import-refused">
        {t("import.refused")}
      </Alert>
    );
  if (problems.length > 0) return <Alert severity="error">{t("import.problems", { count: problems.length })}</Alert>;
  if (counts.rows === counts.unchanged)
    return (
      <Alert severity="info" data-testid="import-nothing">
        {t("import.nothing_to_write")}
      </Alert>
    );
  return <Alert severity="success">{t("import.no_problems")}</Alert>;
}

export function PreviewStep({ importer, fields }: { importer: ImportState; fields: AdminField[] }) {
  const t = useTranslate();
  const { plan, problems, refused, counts, busy } = importer;
  if (!plan) return null;
  const label = (name: string) => fields.find((f) => f.name === name)?.label ?? name;
  const listed = refused ?? problems;
  return (
    <Stack gap={1.5}>
      <Typography variant="body2">
        {plan.mode === "upsert"
          ? t("import.mode_upsert", { key: plan.key!.map(label).join(" + ") })
          : t("import.mode_create")}
        {" · "}
        {t("import.summary", counts)}
      </Typography>
      <Verdict importer={importer} />
      {listed.length > 0 && <ProblemTable problems={listed} />}
      <Typography variant="subtitle2">
        {t("import.preview", { count: Math.min(PREVIEW_ROWS, plan.rows.length) })}
      </Typography>
      <PreviewTable importer={importer} fields={fields} />
      <Stack direction="row" gap={1}>
        <Button onClick={importer.backToMapping} disabled={busy !== null}>
          {t("import.back")}
        </Button>
        <FileButton
          label={t("import.choose_again")}
          onFile={importer.chooseFile}
          disabled={busy !== null}
          variant="outlined"
          testId="import-file-again"
        />
        <Button
          variant="contained"
          onClick={importer.commit}
          disabled={busy !== null || problems.length > 0 || refused !== null || counts.rows === counts.unchanged}
          data-testid="import-commit"
        >
          {t("import.commit", { rows: counts.rows - counts.unchanged })}
        </Button>
      </Stack>
    </Stack>
  );
}
