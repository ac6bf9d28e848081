// The limits a client must respect, served rather than copied: the admin pages by the
// GRAPHQL_MAX_PAGE_SIZE this API enforces, whatever it is set to.
import { builder } from "../builder.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./limits.ts";

interface ApiLimitsShape {
  maxPageSize: number;
  defaultPageSize: number;
}

const ApiLimits = builder.objectRef<ApiLimitsShape>("ApiLimits").implement({
  description: "接口限制 | Limits every client must respect.",
  fields: (t) => ({
    maxPageSize: t.exposeInt("maxPageSize", {
      nullable: false,
      description:
        "每页最多行数 | The largest take/first/last of any list, connection or nested list (GRAPHQL_MAX_PAGE_SIZE).",
    }),
    defaultPageSize: t.exposeInt("defaultPageSize", {
      nullable: false,
      description: "默认每页行数 | The rows a list returns when take/first is not given.",
    }),
  }),
});

builder.queryField("apiLimits", (t) =>
  t.field({
    type: ApiLimits,
    nullable: false,
    description: "接口限制 | The API's limits (page sizes), for clients that page through everything.",
    resolve: () => ({ maxPageSize: MAX_PAGE_SIZE, defaultPageSize: DEFAULT_PAGE_SIZE }),
  }),
);
