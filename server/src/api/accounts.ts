// Other people's accounts as anyone may see them: the name shown in the UI. The audit
// columns of every record (createdBy, updatedBy) and of the history resolve to this; the
// full account is for city admins, through `user(id)`.
import { Prisma } from "@p181/db";
import { builder } from "../builder.ts";
import { loader, type Context } from "../context.ts";

export interface AccountNameShape {
  id: number;
  displayName: string;
}

export const AccountName = builder.objectRef<AccountNameShape>("AccountName").implement({
  description: "账号 | A user account as every signed-in user may see it: its id and the name shown in the UI.",
  fields: (t) => ({
    id: t.exposeInt("id", { nullable: false }),
    displayName: t.exposeString("displayName", { nullable: false, description: "显示名称 | Name shown in the UI." }),
  }),
});

/** The account's name, batched per request (a SECURITY DEFINER function: accounts are otherwise hidden). */
export function accountName(context: Context, id: number | null | undefined): Promise<AccountNameShape | null> | null {
  if (id === null || id === undefined) return null;
  return loader<number, AccountNameShape | null>(context, "accountNames", async (ids) => {
    const rows = await context.prisma.$queryRaw<AccountNameShape[]>(
      Prisma.sql`SELECT "id", "displayName" FROM p181.account_names(${[...ids]}::int[])`,
    );
    return ids.map((key) => rows.find((row) => row.id === key) ?? null);
  }).load(id);
}
