// A save the API refused because someone else changed the record after it was loaded
// (STALE): who, when, the record's values now, and which fields to put side by side, for
// the form's and the grid's choice between reloading and overwriting.
import type { Identifier } from "ra-core";
import { writableFields, type AdminField } from "../metadata/fields.ts";
import type { ApiErrorBody } from "./errors.ts";
import { toInput } from "./values.ts";

type Values = Record<string, unknown>;

export interface StaleConflict {
  model: string;
  recordId: Identifier;
  /** The record's version now: sent as expectedUpdatedAt, a save overwrites it. */
  updatedAt: string;
  /** Display name of who changed it, when the API says. */
  updatedBy: string | null;
  /** The record's values now, as the user may see them. */
  current: Values;
}

export function staleConflictOf(error: unknown): StaleConflict | null {
  const body = (error as { body?: ApiErrorBody } | null)?.body;
  if (body?.code !== "STALE" || !body.entity || body.recordId === undefined || !body.updatedAt || !body.current)
    return null;
  return {
    model: body.entity,
    recordId: body.recordId,
    updatedAt: body.updatedAt,
    updatedBy: body.updatedBy?.displayName ?? null,
    current: body.current,
  };
}

export interface ComparedField {
  field: AdminField;
  /** The other person's value (the record now). */
  theirs: unknown;
  /** The user's value: what they typed, or what they loaded where they typed nothing. */
  mine: unknown;
}

/**
 * The fields either side changed since `base` (the record as the user loaded it): the ones
 * in `mine` that differ from it, and the ones the other person changed; in form order.
 */
export function comparedFields(model: string, base: Values, mine: Values, current: Values): ComparedField[] {
  const changedByMe = toInput(model, { ...base, ...mine }, base);
  const changedByThem = toInput(model, current, base);
  return writableFields(model)
    .filter((field) => field.name in changedByMe || field.name in changedByThem)
    .map((field) => ({
      field,
      theirs: current[field.name],
      mine: field.name in changedByMe ? mine[field.name] : base[field.name],
    }));
}
