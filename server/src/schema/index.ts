import { builder } from "../builder.ts";
import "../scalars.ts";
import "./geography.ts";

export const schema = builder.toSchema({ sortSchema: true });
