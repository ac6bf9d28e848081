// The problems of an import, by row and column: those found in the file and those the
// server gave when it refused the write.
import { Table, TableBody, TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate, type TranslateFunction } from "ra-core";
import type { Message, Problem } from "./plan.ts";

/**
 * A problem's message in the user's language: the server's own words, or a text of the
 * import (import.problem.*, import.parse.*…), else the grid's parser (app.parse.*).
 */
export function messageText(translate: TranslateFunction, message: Message): string {
  if ("text" in message) return message.text;
  const fallback = message.key.startsWith("parse.") ? `app.${message.key}` : message.key;
  return translate(`import.${message.key}`, { ...message.args, _: translate(fallback, message.args) });
}

export function ProblemTable({ problems }: { problems: Problem[] }) {
  const t = useTranslate();
  return (
    <Table size="small" data-testid="import-problems">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 90 }}>{t("import.problem_row")}</TableCell>
          <TableCell sx={{ width: 260 }}>{t("import.problem_column")}</TableCell>
          <TableCell>{t("import.problem_message")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {problems.map((problem, i) => (
          <TableRow key={i}>
            <TableCell>{problem.row ?? t("import.whole_file")}</TableCell>
            <TableCell>{problem.column ?? ""}</TableCell>
            <TableCell sx={{ color: "error.main" }}>{messageText(t, problem.message)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
