// The generic list, show, edit and create views every entity gets from its metadata.
import AddIcon from "@mui/icons-material/Add";
import RestoreIcon from "@mui/icons-material/RestoreFromTrash";
import { Alert, Button, IconButton, Tooltip, useMediaQuery, type Theme } from "@mui/material";
import { useEffect, useState, type ReactNode } from "react";
import {
  Create,
  DeleteButton,
  Edit,
  EditButton,
  List,
  Pagination,
  Show,
  SimpleForm,
  TabbedShowLayout,
  TopToolbar,
  FilterButton,
  Labeled,
} from "react-admin";
import {
  useCreatePath,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useSaveContext,
  useTranslate,
} from "ra-core";
import { Link } from "react-router-dom";
import { canSeePersonalData, canWriteResource, type Permissions } from "../auth/permissions.ts";
import { PAGE_SIZE_CHOICES, type AppDataProvider } from "../dataProvider/index.ts";
import { contentFields, resourceFor } from "../metadata/fields.ts";
import { SpreadsheetGrid } from "../grid/SpreadsheetGrid.tsx";
import { CardList } from "./CardList.tsx";
import { FieldDisplay } from "./displays.tsx";
import { listFilters } from "./filters.tsx";
import { HistoryTab } from "./HistoryTab.tsx";
import { FieldInput } from "./inputs.tsx";
import { registry } from "../registry.ts";
import { staleConflictOf } from "../dataProvider/stale.ts";
import { StaleEditDialog, type StaleSave } from "./StaleEditDialog.tsx";

type Values = Record<string, unknown>;

function useModel(): { model: string; permissions: Permissions | undefined; canWrite: boolean } {
  const model = useResourceContext()!;
  const { permissions } = usePermissions<Permissions>();
  return { model, permissions, canWrite: canWriteResource(model, permissions) };
}

/**
 * 新建 in the toolbar at every width (React-Admin's CreateButton turns into a round button
 * floating over the list on small screens, covering cells and cards); an icon with its name
 * as a tooltip and accessible name on a phone.
 */
function CreateInToolbar() {
  const { model } = useModel();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), { noSsr: true });
  const to = createPath({ resource: model, type: "create" });
  const label = translate("ra.action.create");
  return phone ? (
    <Tooltip title={label}>
      <IconButton component={Link} to={to} aria-label={label} color="primary">
        <AddIcon />
      </IconButton>
    </Tooltip>
  ) : (
    <Button component={Link} to={to} size="small" startIcon={<AddIcon />}>
      {label}
    </Button>
  );
}

function ListActions() {
  const { canWrite } = useModel();
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite && <CreateInToolbar />}
      {registry.listActions().map((Action, i) => (
        <Action key={i} />
      ))}
    </TopToolbar>
  );
}

/** The page sizes on offer, up to the API's largest page. */
function usePageSizeChoices(): number[] {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [max, setMax] = useState<number | null>(null);
  useEffect(() => {
    dataProvider
      .apiLimits()
      .then((limits) => setMax(limits.maxPageSize))
      .catch(() => {});
  }, [dataProvider]);
  if (max === null) return PAGE_SIZE_CHOICES;
  return [...PAGE_SIZE_CHOICES.filter((size) => size < max), max];
}

/** The grid, or on a phone-sized screen the card list, of an entity, under the same filters and pagination. */
export function GenericList() {
  const { model } = useModel();
  const pageSizes = usePageSizeChoices();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), { noSsr: true });
  const resource = resourceFor(model);
  return (
    <List
      filters={listFilters(model)}
      actions={<ListActions />}
      sort={{ field: resource.displayField === "id" ? "id" : resource.displayField, order: "ASC" }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={pageSizes} />}
      empty={false}
      sx={{ "& .RaList-main": { minWidth: 0 }, "& .RaList-content": { overflow: "hidden" } }}
    >
      {phone ? <CardList model={model} /> : <SpreadsheetGrid model={model} />}
    </List>
  );
}

function RestoreRecordButton() {
  const record = useRecordContext();
  const model = useResourceContext()!;
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record?.deletedAt) return null;
  return (
    <Button
      size="small"
      startIcon={<RestoreIcon />}
      onClick={() =>
        dataProvider
          .restore(model, { id: record.id })
          .then(() => refresh())
          .catch((e: Error) => notify(e.message, { type: "error" }))
      }
    >
      {translate("app.actions.restore")}
    </Button>
  );
}

function ShowActions() {
  const { canWrite } = useModel();
  const record = useRecordContext();
  return (
    <TopToolbar>
      {canWrite && record?.deletedAt && <RestoreRecordButton />}
      {canWrite && !record?.deletedAt && <EditButton />}
      {canWrite && !record?.deletedAt && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}

function DeletedBanner() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.deletedAt) return null;
  return (
    <Alert severity="warning">
      {translate("app.record.deleted", { at: new Date(record.deletedAt).toLocaleString("zh-CN") })}
    </Alert>
  );
}

export function GenericShow() {
  const { model, permissions } = useModel();
  const fields = contentFields(model).filter((f) => !f.personal || canSeePersonalData(permissions));
  return (
    <Show actions={<ShowActions />}>
      <DeletedBanner />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.history.details">
          {fields.map((field) => (
            <Labeled key={field.name} source={field.name}>
              <FieldDisplay field={field} />
            </Labeled>
          ))}
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="app.history.tab" path="history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

function FormFields() {
  const { model, permissions } = useModel();
  return contentFields(model)
    .filter((f) => f.writable && (!f.personal || canSeePersonalData(permissions)))
    .map((field) => <FieldInput key={field.name} field={field} />);
}

/**
 * React-Admin hands a refused save's `body.errors` to the form as field errors; ours lists
 * the API's errors (no fields), which would only block the next save. The error itself is
 * shown by the view's onError.
 */
function EditForm({ children }: { children: ReactNode }) {
  const { save } = useSaveContext();
  return (
    <SimpleForm
      onSubmit={async (values: Values) => {
        await save?.(values);
      }}
    >
      {children}
    </SimpleForm>
  );
}

export function GenericEdit() {
  const notify = useNotify();
  const [refused, setRefused] = useState<StaleSave | null>(null);
  const onError = (error: unknown, variables: { data?: Values; previousData?: Values } | undefined) => {
    const conflict = staleConflictOf(error);
    if (conflict) setRefused({ conflict, base: variables?.previousData ?? {}, mine: variables?.data ?? {} });
    else notify((error as Error).message, { type: "error" });
  };
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <EditForm>
        <FormFields />
      </EditForm>
      <StaleEditDialog refused={refused} onDone={() => setRefused(null)} />
    </Edit>
  );
}

export function GenericCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <FormFields />
      </SimpleForm>
    </Create>
  );
}
