import { builder } from "../builder.ts";
import "./geography.ts";

export const schema = builder.toSchema({ sortSchema: true });
