// 数据导入: a file → its columns matched to fields → every row checked (cells, references,
// duplicate keys) with a preview → one bulk mutation. Any problem, found here or by the
// server, is listed by row and column and nothing is written; the user fixes the file and
// chooses it again. The steps' state is useImport's; each step is a component of its own.
import {
  Alert,
  Box,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from "@mui/material";
import { useMemo } from "react";
import { Title } from "react-admin";
import { usePermissions, useTranslate } from "ra-core";
import { useParams } from "react-router-dom";
import { resources } from "@p181/schema";
import { isBlank } from "@p181/schema/sheets";
import type { Permissions } from "../auth/permissions.ts";
import { importableFields } from "./columns.ts";
import { DoneStep } from "./DoneStep.tsx";
import { FileStep } from "./FileStep.tsx";
import { MappingStep } from "./MappingStep.tsx";
import { PreviewStep } from "./PreviewStep.tsx";
import { STAGES, useImport } from "./useImport.ts";

/** A fresh page for each entity: nothing of one import carries over to the next. */
export function ImportPage() {
  const { model } = useParams();
  return <EntityImport key={model ?? ""} />;
}

function EntityImport() {
  const params = useParams();
  const { permissions } = usePermissions<Permissions>();
  const t = useTranslate();
  const model = params.model && resources[params.model] ? params.model : null;
  const fields = useMemo(() => (model ? importableFields(model, permissions) : []), [model, permissions]);
  const importer = useImport(model, fields);
  const { stage, loaded, busy, error } = importer;

  return (
    <Card sx={{ mt: 1 }}>
      <Title title={t("import.title")} />
      <CardContent>
        <Stack gap={2}>
          <Stepper activeStep={STAGES.indexOf(stage)}>
            {STAGES.map((s) => (
              <Step key={s}>
                <StepLabel>{t(`import.steps.${s}`)}</StepLabel>
              </Step>
            ))}
          </Stepper>
          <FileStep
            model={model}
            fields={fields}
            permissions={permissions}
            busy={busy !== null}
            onFile={importer.chooseFile}
          />
          {error && <Alert severity="error">{error}</Alert>}
          {busy && (
            <Box>
              <Typography variant="body2">{busy}</Typography>
              <LinearProgress />
            </Box>
          )}
          {loaded && stage !== "file" && (
            <Typography variant="body2" color="text.secondary">
              {t("import.file_info", {
                name: loaded.sheet.fileName,
                header: loaded.header.number,
                rows: loaded.data.filter((r) => !r.cells.every(isBlank)).length,
              })}
            </Typography>
          )}
          {stage === "mapping" && loaded && <MappingStep importer={importer} fields={fields} />}
          {stage === "preview" && <PreviewStep importer={importer} fields={fields} />}
          {stage === "done" && model && <DoneStep importer={importer} model={model} />}
        </Stack>
      </CardContent>
    </Card>
  );
}
