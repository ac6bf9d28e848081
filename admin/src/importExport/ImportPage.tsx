// 数据导入: a file → its columns matched to fields → every row checked (cells, references,
// duplicate keys) with a preview → one bulk mutation. Any problem, found here or by the
// server, is listed by row and column and nothing is written; the user fixes the file and
// chooses it again.
import UploadFileIcon from "@mui/icons-material/UploadFile";
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  MenuItem,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useMemo, useState, type ChangeEvent } from "react";
import { Title } from "react-admin";
import { usePermissions, useTranslate } from "ra-core";
import { Link, useNavigate, useParams } from "react-router-dom";
import { resources } from "@p181/schema";
import { canWriteResource, type Permissions } from "../auth/permissions.ts";
import { useGraphQL, type RequestError } from "../graphql/request.ts";
import { resourceFor, type AdminField } from "../metadata/fields.ts";
import { MENU_GROUPS } from "../resources/areas.ts";
import { findExisting, problemsFromError, rowsToWrite, writeRows, type Existing } from "./commit.ts";
import { autoMap, findHeaderRow, type ColumnMapping } from "@p181/schema/cells";
import { importableFields } from "./columns.ts";
import { MIME, saveFile } from "./export.ts";
import { toTemplate } from "./template.ts";
import { ProblemTable } from "./ProblemTable.tsx";
import { allProblems, checkDuplicateKeys, planImport, type ImportPlan, type Problem } from "./plan.ts";
import { resolveReferences } from "./references.ts";
import { isBlank, readSheet, SheetError, type Sheet, type SheetRow } from "@p181/schema/sheets";

type Stage = "file" | "mapping" | "preview" | "done";
const STAGES: Stage[] = ["file", "mapping", "preview", "done"];
const PREVIEW_ROWS = 10;

interface Loaded {
  sheet: Sheet;
  header: SheetRow;
  data: SheetRow[];
}

/** The entities the user may write, in the menu's order. */
function writableModels(permissions: Permissions | undefined): string[] {
  return MENU_GROUPS.flatMap((group) => group.models).filter(
    (model) => resources[model] && canWriteResource(model, permissions),
  );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return value
      .toISOString()
      .slice(0, value.getUTCHours() || value.getUTCMinutes() ? 16 : 10)
      .replace("T", " ");
  return String(value);
}

/** A date as it will be written (an Excel serial or 2013/5/1 → 2013-05-01); anything else as in the file. */
function shownValue(
  field: AdminField,
  values: Record<string, unknown>,
  cell: unknown,
  bad: boolean | undefined,
): string {
  const value = values[field.name];
  if (!bad && field.kind === "date" && typeof value === "string") return value;
  return cellText(cell);
}

/** A fresh page for each entity: nothing of one import carries over to the next. */
export function ImportPage() {
  const { model } = useParams();
  return <EntityImport key={model ?? ""} />;
}

function EntityImport() {
  const params = useParams();
  const navigate = useNavigate();
  const { permissions } = usePermissions<Permissions>();
  const requester = useGraphQL();
  const t = useTranslate();
  const models = useMemo(() => writableModels(permissions), [permissions]);
  const model = params.model && resources[params.model] ? params.model : null;
  const fields = useMemo(() => (model ? importableFields(model, permissions) : []), [model, permissions]);

  const [stage, setStage] = useState<Stage>("file");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[]>([]);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [existing, setExisting] = useState<Existing>({ ids: new Map(), unchanged: new Set() });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [refused, setRefused] = useState<Problem[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<{ count: number; created: number; updated: number; unchanged: number } | null>(
    null,
  );

  const reset = () => {
    setStage("file");
    setLoaded(null);
    setPlan(null);
    setProblems([]);
    setRefused(null);
    setResult(null);
    setFileError(null);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || !model) return;
    reset();
    try {
      const sheet = await readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
      const headerIndex = findHeaderRow(model, fields, sheet.rows);
      if (headerIndex < 0) throw new SheetError("unreadable", t("import.sheet.empty"));
      const header = sheet.rows[headerIndex]!;
      const data = sheet.rows.slice(headerIndex + 1);
      const width = Math.max(header.cells.length, ...data.map((row) => row.cells.length));
      setLoaded({ sheet, header, data });
      setMapping(autoMap(model, fields, header, width));
      setStage("mapping");
    } catch (error) {
      setFileError(
        error instanceof SheetError
          ? t(`import.sheet.${error.code}`, { detail: error.detail })
          : (error as Error).message,
      );
    }
  };

  const check = async () => {
    if (!model || !loaded) return;
    setBusy(t("import.checking"));
    setRefused(null);
    try {
      const planned = planImport(model, fields, mapping, loaded.data);
      await resolveReferences(requester, planned);
      checkDuplicateKeys(planned, fields);
      setExisting(await findExisting(requester, planned));
      setPlan(planned);
      setProblems(allProblems(planned));
      setStage("preview");
    } catch (error) {
      setFileError((error as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!plan) return;
    setBusy(t("import.committing"));
    const rows = rowsToWrite(plan, existing);
    try {
      const written = rows.length > 0 ? await writeRows(requester, plan, rows) : { count: 0, ids: [] };
      const updated = rows.filter((row) => existing.ids.has(row.number)).length;
      setResult({
        count: written.count,
        created: written.count - updated,
        updated,
        unchanged: plan.rows.length - rows.length,
      });
      setStage("done");
    } catch (error) {
      setRefused(problemsFromError(error as RequestError, plan, rows, existing.ids, fields));
    } finally {
      setBusy(null);
    }
  };

  const downloadTemplate = async () => {
    if (!model) return;
    saveFile(`${resourceFor(model).label}-导入模板.xlsx`, await toTemplate(model, fields), MIME.xlsx);
  };

  const fileButton = (label: string, variant: "contained" | "outlined" = "contained", testId = "import-file") => (
    <Button component="label" variant={variant} startIcon={<UploadFileIcon />} disabled={!model || busy !== null}>
      {label}
      <input hidden type="file" accept=".xlsx,.csv,.txt" onChange={chooseFile} data-testid={testId} />
    </Button>
  );

  const byField = new Map(fields.map((f) => [f.name, f]));
  const mapped = mapping.filter((m) => m.field);
  const missing = fields.filter((f) => f.required && !mapping.some((m) => m.field === f.name));
  const problemAt = (row: number, field: string) =>
    problems.some((p) => p.row === row && p.field === field) ||
    refused?.some((p) => p.row === row && p.field === field);
  const counts = {
    rows: plan?.rows.length ?? 0,
    unchanged: existing.unchanged.size,
    updated: plan ? plan.rows.filter((row) => existing.ids.has(row.number)).length - existing.unchanged.size : 0,
  };
  const created = counts.rows - counts.updated - counts.unchanged;

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
            {fileButton(t("import.file"))}
            <Button onClick={downloadTemplate} disabled={!model} data-testid="import-template">
              {t("import.template")}
            </Button>
          </Stack>
          {models.length === 0 && permissions && <Alert severity="info">{t("import.read_only")}</Alert>}
          {fileError && <Alert severity="error">{fileError}</Alert>}
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

          {stage === "mapping" && loaded && (
            <Stack gap={1}>
              <Typography variant="body2">{t("import.mapping_help")}</Typography>
              <Table size="small" data-testid="import-mapping">
                <TableHead>
                  <TableRow>
                    <TableCell>{t("import.column")}</TableCell>
                    <TableCell>{t("import.sample")}</TableCell>
                    <TableCell sx={{ width: 280 }}>{t("import.field")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {mapping.map((m) => (
                    <TableRow key={m.index}>
                      <TableCell>
                        {m.letter} · {m.header || "—"}
                      </TableCell>
                      <TableCell
                        sx={{
                          color: "text.secondary",
                          maxWidth: 360,
                          overflow: "hidden",
                          textOverflow: "ellipsis",
                          whiteSpace: "nowrap",
                        }}
                      >
                        {loaded.data
                          .map((row) => row.cells[m.index])
                          .filter((cell) => !isBlank(cell))
                          .slice(0, 3)
                          .map(cellText)
                          .join("，")}
                      </TableCell>
                      <TableCell>
                        <TextField
                          select
                          fullWidth
                          size="small"
                          value={m.field ?? ""}
                          onChange={(event) =>
                            setMapping((current) =>
                              current.map((c) =>
                                c.index === m.index ? { ...c, field: event.target.value || null } : c,
                              ),
                            )
                          }
                          slotProps={{
                            htmlInput: { "aria-label": `${m.letter} ${m.header}` },
                            select: { displayEmpty: true },
                          }}
                          sx={m.field ? undefined : { "& .MuiSelect-select": { color: "text.disabled" } }}
                        >
                          <MenuItem value="">{t("import.ignore")}</MenuItem>
                          {fields.map((f) => (
                            <MenuItem
                              key={f.name}
                              value={f.name}
                              disabled={mapping.some((o) => o.index !== m.index && o.field === f.name)}
                            >
                              {f.label}
                              {f.required ? ` *` : ""}
                            </MenuItem>
                          ))}
                        </TextField>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {missing.length > 0 && (
                <Alert severity="warning">
                  {t("import.problem.missing_column")}：{missing.map((f) => f.label).join("、")}
                </Alert>
              )}
              <Stack direction="row" gap={1}>
                <Button onClick={reset}>{t("import.back")}</Button>
                <Button
                  variant="contained"
                  onClick={check}
                  disabled={busy !== null || mapped.length === 0}
                  data-testid="import-check"
                >
                  {t("import.check")}
                </Button>
              </Stack>
            </Stack>
          )}

          {stage === "preview" && plan && (
            <Stack gap={1.5}>
              <Typography variant="body2">
                {plan.mode === "upsert"
                  ? t("import.mode_upsert", { key: plan.key!.map((k) => byField.get(k)?.label ?? k).join(" + ") })
                  : t("import.mode_create")}
                {" · "}
                {t("import.summary", { ...counts, created })}
              </Typography>
              {refused ? (
                <Alert severity="error" data-testid="import-refused">
                  {t("import.refused")}
                </Alert>
              ) : problems.length > 0 ? (
                <Alert severity="error">{t("import.problems", { count: problems.length })}</Alert>
              ) : counts.rows === counts.unchanged ? (
                <Alert severity="info" data-testid="import-nothing">
                  {t("import.nothing_to_write")}
                </Alert>
              ) : (
                <Alert severity="success">{t("import.no_problems")}</Alert>
              )}
              {(refused ?? problems).length > 0 && <ProblemTable problems={refused ?? problems} />}
              <Typography variant="subtitle2">
                {t("import.preview", { count: Math.min(PREVIEW_ROWS, plan.rows.length) })}
              </Typography>
              <Box sx={{ overflowX: "auto" }}>
                <Table size="small" data-testid="import-preview">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t("import.row")}</TableCell>
                      {plan.key && <TableCell>{t("import.action")}</TableCell>}
                      {mapped.map((m) => (
                        <TableCell key={m.index} sx={{ whiteSpace: "nowrap" }}>
                          {byField.get(m.field!)?.label}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {plan.rows.slice(0, PREVIEW_ROWS).map((row) => {
                      const cells = loaded!.data.find((r) => r.number === row.number)?.cells ?? [];
                      return (
                        <TableRow key={row.number}>
                          <TableCell>{row.number}</TableCell>
                          {plan.key && (
                            <TableCell>
                              {existing.unchanged.has(row.number)
                                ? t("import.action_unchanged")
                                : existing.ids.has(row.number)
                                  ? t("import.action_update")
                                  : t("import.action_create")}
                            </TableCell>
                          )}
                          {mapped.map((m) => (
                            <TableCell
                              key={m.index}
                              sx={
                                problemAt(row.number, m.field!)
                                  ? { bgcolor: "#fdecea", color: "error.main", whiteSpace: "nowrap" }
                                  : { whiteSpace: "nowrap" }
                              }
                            >
                              {shownValue(
                                byField.get(m.field!)!,
                                row.values,
                                cells[m.index],
                                problemAt(row.number, m.field!),
                              )}
                            </TableCell>
                          ))}
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Box>
              <Stack direction="row" gap={1}>
                <Button onClick={() => setStage("mapping")} disabled={busy !== null}>
                  {t("import.back")}
                </Button>
                {fileButton(t("import.choose_again"), "outlined", "import-file-again")}
                <Button
                  variant="contained"
                  onClick={commit}
                  disabled={
                    busy !== null || problems.length > 0 || refused !== null || counts.rows === counts.unchanged
                  }
                  data-testid="import-commit"
                >
                  {t("import.commit", { rows: counts.rows - counts.unchanged })}
                </Button>
              </Stack>
            </Stack>
          )}

          {stage === "done" && result && model && (
            <Stack gap={1.5}>
              <Alert severity="success" data-testid="import-done">
                {t("import.done", result)}
              </Alert>
              <Stack direction="row" gap={1}>
                <Button variant="contained" component={Link} to={`/${model}`}>
                  {t("import.open_list")}
                </Button>
                <Button onClick={reset}>{t("import.again")}</Button>
              </Stack>
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
