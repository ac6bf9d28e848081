import { builder } from "../builder.ts";
import "../scalars.ts";
import "../api/index.ts";
import "./auth.ts";
import "./reports.ts";

export const schema = builder.toSchema({ sortSchema: true });
