import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { useTranslate } from "ra-core";
import type { PasteReport } from "./usePaste.ts";

/** What went wrong with a paste, row by row, so it can be fixed in Excel and pasted again. */
export function PasteReportDialog({ report, onClose }: { report: PasteReport | null; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open={report !== null} onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate("app.grid.paste_report")}</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>{report?.intro}</Typography>
        <Table size="small" data-testid="paste-report">
          <TableBody>
            {report?.lines.map((line, i) => (
              <TableRow key={i}>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{line.row}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{line.column}</TableCell>
                <TableCell>{line.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {translate("ra.action.close")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
