// What a user sees when their save was refused because someone else changed the record
// after they loaded it: who and when, and for each field either of them changed, the other
// person's value next to theirs. The form's dialog and the grid's alert add the choices.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useMemo } from "react";
import { RecordContextProvider, useTranslate } from "ra-core";
import { comparedFields, type StaleConflict } from "../dataProvider/stale.ts";
import { resourceFor } from "../metadata/fields.ts";
import { FieldDisplay } from "./displays.tsx";

type Values = Record<string, unknown>;

export function useStaleMessage() {
  const translate = useTranslate();
  return useMemo(() => {
    const who = (conflict: StaleConflict) => conflict.updatedBy ?? translate("app.stale.someone");
    const at = (conflict: StaleConflict) => new Date(conflict.updatedAt).toLocaleString("zh-CN");
    return {
      /** "admin在 2026/11/25 10:00:00 修改了这条党员（编号 3），您的修改尚未保存。" */
      record: (conflict: StaleConflict) =>
        translate("app.stale.message", {
          who: who(conflict),
          at: at(conflict),
          entity: resourceFor(conflict.model).label,
          id: conflict.recordId,
        }),
      /** The short form a grid cell shows on hover. */
      cell: (conflict: StaleConflict) => translate("app.stale.cell", { who: who(conflict), at: at(conflict) }),
    };
  }, [translate]);
}

/** `base`: the record as the user loaded it; `mine`: what they tried to save. */
export function StaleComparison({ conflict, base, mine }: { conflict: StaleConflict; base: Values; mine: Values }) {
  const translate = useTranslate();
  const message = useStaleMessage();
  const fields = comparedFields(conflict.model, base, mine, conflict.current);
  const theirs = { ...conflict.current, id: conflict.recordId };
  const yours = { ...base, ...mine };
  return (
    <>
      <Typography gutterBottom data-testid="stale-message">
        {message.record(conflict)}
      </Typography>
      <Table size="small" data-testid="stale-comparison">
        <TableHead>
          <TableRow>
            <TableCell>{translate("app.stale.field")}</TableCell>
            <TableCell>{translate("app.stale.theirs")}</TableCell>
            <TableCell>{translate("app.stale.mine")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map(({ field }) => (
            <TableRow key={field.name}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{field.label}</TableCell>
              <TableCell>
                <RecordContextProvider value={theirs}>
                  <FieldDisplay field={field} />
                </RecordContextProvider>
              </TableCell>
              <TableCell>
                <RecordContextProvider value={yours}>
                  <FieldDisplay field={field} />
                </RecordContextProvider>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
