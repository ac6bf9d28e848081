// 导入 on the toolbar of every list the user may write: opens the import page for the entity.
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button } from "@mui/material";
import { useListContext, usePermissions, useTranslate } from "ra-core";
import { Link } from "react-router-dom";
import { canWriteResource, type Permissions } from "../auth/permissions.ts";

export function ImportButton() {
  const { resource } = useListContext();
  const { permissions } = usePermissions<Permissions>();
  const t = useTranslate();
  if (!canWriteResource(resource, permissions)) return null;
  return (
    <Button
      size="small"
      startIcon={<UploadFileIcon />}
      component={Link}
      to={`/import/${resource}`}
      data-testid="import-button"
    >
      {t("import.button")}
    </Button>
  );
}
