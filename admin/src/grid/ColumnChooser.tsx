import ViewColumnIcon from "@mui/icons-material/ViewColumn";
import { Button, Checkbox, Divider, FormControlLabel, MenuItem, Popover, Stack } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "ra-core";
import type { ColumnPreferences } from "./preferences.ts";

interface Props {
  columns: { key: string; label: string }[];
  preferences: ColumnPreferences;
  onChange: (change: (current: ColumnPreferences) => ColumnPreferences) => void;
  onReset: () => void;
}

/** Show or hide columns (order and width are changed by dragging the headers). */
export function ColumnChooser({ columns, preferences, onChange, onReset }: Props) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const toggle = (key: string) =>
    onChange((current) => ({
      ...current,
      hidden: current.hidden.includes(key) ? current.hidden.filter((k) => k !== key) : [...current.hidden, key],
    }));
  return (
    <>
      <Button size="small" startIcon={<ViewColumnIcon />} onClick={(event) => setAnchor(event.currentTarget)}>
        {translate("app.actions.columns")}
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: "bottom", horizontal: "left" }}
      >
        <Stack sx={{ maxHeight: 480, overflowY: "auto", px: 2, py: 1 }}>
          {columns.map((column) => (
            <FormControlLabel
              key={column.key}
              control={
                <Checkbox
                  size="small"
                  checked={!preferences.hidden.includes(column.key)}
                  onChange={() => toggle(column.key)}
                />
              }
              label={column.label}
            />
          ))}
        </Stack>
        <Divider />
        <MenuItem onClick={onReset}>{translate("app.actions.reset_columns")}</MenuItem>
      </Popover>
    </>
  );
}
