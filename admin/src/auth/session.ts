// The signed-in user as the API describes it (`login` / `me`), and the CSRF token to send
// with every request. Kept in memory only: after a reload `me` hands the token back
// (the HttpOnly cookie proves the session), so nothing secret sits in web storage.
export type UserRole = "CITY_ADMIN" | "TOWN_ADMIN" | "ZONE_SECRETARY" | "PLAN_OFFICER" | "VIEWER";

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  plans: string[];
  townId: number | null;
  zoneId: number | null;
  town: { id: number; code: string; name: string } | null;
  zone: { id: number; code: string; name: string } | null;
  canWrite: boolean;
  csrfToken: string | null;
}

export const CURRENT_USER_FIELDS =
  "id username displayName role plans canWrite csrfToken townId zoneId town { id code name } zone { id code name }";

export class Session {
  user: CurrentUser | null = null;

  get csrfToken(): string | null {
    return this.user?.csrfToken ?? null;
  }

  set(user: CurrentUser | null): void {
    this.user = user;
  }
}
