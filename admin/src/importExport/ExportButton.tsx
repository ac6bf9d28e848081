// 导出 on every list: the list's filters, sort and visible columns, all matching rows.
import DownloadIcon from "@mui/icons-material/Download";
import { Button, LinearProgress, Menu, MenuItem, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { useListContext, useNotify, usePermissions, useTranslate } from "ra-core";
import type { Permissions } from "../auth/permissions.ts";
import { useGraphQL } from "../graphql/request.ts";
import { exportFileName, fetchAllRows, MIME, saveFile, toCsv, toXlsx, visibleColumns } from "./export.ts";
import { resourceFor } from "../metadata/fields.ts";

export function ExportButton() {
  const list = useListContext();
  const { permissions } = usePermissions<Permissions>();
  const requester = useGraphQL();
  const notify = useNotify();
  const t = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const model = list.resource;

  const run = async (format: "csv" | "xlsx") => {
    setAnchor(null);
    setProgress({ done: 0, total: list.total ?? 0 });
    try {
      const rows = await fetchAllRows(
        requester,
        { model, filter: list.filterValues ?? {}, sort: list.sort },
        (done, total) => setProgress({ done, total }),
      );
      const fields = visibleColumns(model, permissions);
      const name = exportFileName(model, format);
      if (format === "csv") saveFile(name, toCsv(fields, rows), MIME.csv);
      else saveFile(name, await toXlsx(resourceFor(model).label, fields, rows), MIME.xlsx);
      notify(t("export.done", { count: rows.length }), { type: "success" });
    } catch (error) {
      notify(t("export.failed", { message: (error as Error).message }), { type: "error" });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={progress !== null}
        data-testid="export-button"
      >
        {t("export.button")}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run("xlsx")} data-testid="export-xlsx">
          {t("export.xlsx")}
        </MenuItem>
        <MenuItem onClick={() => run("csv")} data-testid="export-csv">
          {t("export.csv")}
        </MenuItem>
      </Menu>
      {progress && (
        <Stack
          sx={{
            position: "fixed",
            bottom: 16,
            right: 16,
            width: 280,
            p: 1.5,
            bgcolor: "background.paper",
            boxShadow: 3,
            borderRadius: 1,
            zIndex: 1400,
          }}
        >
          <Typography variant="body2">{t("export.progress", progress)}</Typography>
          <LinearProgress
            variant={progress.total ? "determinate" : "indeterminate"}
            value={progress.total ? (100 * progress.done) / progress.total : 0}
          />
        </Stack>
      )}
    </>
  );
}
