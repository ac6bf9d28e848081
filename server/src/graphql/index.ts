import { builder } from "../builder.ts";
import { withMutationSavepoints } from "../database/savepoints.ts";
import "../scalars.ts";
import "../api/index.ts";
import "./auth.ts";
import "./reports.ts";

export const schema = withMutationSavepoints(builder.toSchema({ sortSchema: true }));
