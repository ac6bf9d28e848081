// Checks every row of a target file before anything is written and resolves town and zone codes.
import { type Prisma, ProgrammePlan, TargetMetric, TargetScopeLevel, type PrismaClient } from "@p181/db";
import { CITY_SCOPE_CODE, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR } from "@p181/schema";
import { cellText, describeValues, folded, matchEnum, readAmount, readYear, type CellResult } from "./cells.ts";
import { isBlank, type CellValue } from "@p181/schema/sheets";
import { sortProblems, type ColumnKey, type RawTargetRow } from "./columns.ts";
import { enumLabel } from "@p181/schema";
import { METRIC_PLAN, metricsOfPlan } from "./metrics.ts";
import { positionLabel, problem, shown, type RowPosition, type TargetProblem } from "./problems.ts";

export type Db = PrismaClient | Prisma.TransactionClient;

/** A row that passed every check, ready to be written. */
export interface ValidTarget {
  at: RowPosition;
  plan: ProgrammePlan;
  year: number;
  scopeLevel: TargetScopeLevel;
  scopeCode: string;
  townId: number | null;
  zoneId: number | null;
  metric: TargetMetric;
  value: Prisma.Decimal;
  /** undefined when the row has no note column: the stored note is then left as it is. */
  note: string | null | undefined;
}

export interface ValidationResult {
  targets: ValidTarget[];
  errors: TargetProblem[];
}

export interface ValidateOptions {
  /** Columns the file lacks altogether, already reported at its header: not repeated per row. */
  missingColumns?: readonly ColumnKey[];
}

const PLANS = Object.values(ProgrammePlan);
const METRICS = Object.values(TargetMetric);
const LEVELS = Object.values(TargetScopeLevel);

/** The natural key of an annual target, as one string. */
export function naturalKey(target: Pick<ValidTarget, "plan" | "year" | "scopeLevel" | "scopeCode" | "metric">): string {
  return [target.plan, target.year, target.scopeLevel, target.scopeCode, target.metric].join("|");
}

type Checked = Partial<Omit<ValidTarget, "at" | "townId" | "zoneId">> & {
  at: RowPosition;
  townId?: number | null;
  zoneId?: number | null;
};

export async function validateTargetRows(
  db: Db,
  rows: readonly RawTargetRow[],
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const errors: TargetProblem[] = [];
  const missing = new Set(options.missingColumns ?? []);

  const checked = rows.map((row): Checked => {
    const at = row.at;
    const report = (column: ColumnKey, zh: string, en: string) => errors.push(problem(at, column, zh, en));
    const read = <T>(column: ColumnKey, reader: (cell: CellValue) => CellResult<T>): T | undefined => {
      const cell = row.cells[column];
      if (cell === undefined && missing.has(column)) return undefined;
      if (cell === undefined || isBlank(cell)) {
        report(column, "不能为空", "is required");
        return undefined;
      }
      const result = reader(cell);
      if (result.ok) return result.value;
      report(column, result.zh, result.en);
      return undefined;
    };

    const plan = read("plan", (cell) => enumCell("ProgrammePlan", PLANS, cell, "计划", "plan"));
    const year = read("year", (cell) => readYear(cell, PROGRAMME_FIRST_YEAR, PROGRAMME_LAST_YEAR));
    const scopeLevel = read("scopeLevel", (cell) =>
      enumCell("TargetScopeLevel", LEVELS, cell, "目标层级", "scope level"),
    );
    const scopeCode = read("scopeCode", (cell) => ({ ok: true, value: folded(cell) }));
    const metric = read("metric", (cell) => {
      const found = matchEnum("TargetMetric", METRICS, cell);
      if (found) return { ok: true, value: found };
      return {
        ok: false,
        zh: `未知的指标 ${shown(cell)}`,
        en: `unknown metric ${shown(cell)}${plan ? planMetricsHint(plan) : ""}`,
      };
    });
    const value = read("value", readAmount);
    const noteCell = row.cells.note;
    const note = noteCell === undefined ? undefined : isBlank(noteCell) ? null : cellText(noteCell);

    if (plan && metric && METRIC_PLAN[metric] !== plan) {
      const owner = METRIC_PLAN[metric];
      report(
        "metric",
        `指标「${enumLabel("TargetMetric", metric)}」属于「${enumLabel("ProgrammePlan", owner)}」，不属于「${enumLabel("ProgrammePlan", plan)}」`,
        `metric ${metric} belongs to plan ${owner}, not ${plan}${planMetricsHint(plan)}`,
      );
    }
    return { at, plan, year, scopeLevel, scopeCode, metric, value, note };
  });

  await resolveScopes(db, checked, errors);
  findDuplicates(checked, errors);

  const failed = new Set(errors.map((error) => error.at && `${error.at.kind}${error.at.number}`));
  const targets = checked.filter(
    (row): row is ValidTarget => !failed.has(`${row.at.kind}${row.at.number}`) && isComplete(row),
  );
  return { targets, errors: sortProblems(errors) };
}

function isComplete(row: Checked): boolean {
  return [row.plan, row.year, row.scopeLevel, row.scopeCode, row.metric, row.value, row.townId, row.zoneId].every(
    (v) => v !== undefined,
  );
}

/** Checks the scope code against the level and looks town and zone codes up (soft-deleted ones don't count). */
async function resolveScopes(db: Db, rows: Checked[], errors: TargetProblem[]): Promise<void> {
  const codes = [
    ...new Set(
      rows.filter((row) => row.scopeLevel && row.scopeLevel !== "CITY" && row.scopeCode).map((row) => row.scopeCode!),
    ),
  ];
  const select = { id: true, code: true, deletedAt: true } as const;
  const [towns, zones] = codes.length
    ? await Promise.all([
        db.town.findMany({ where: { code: { in: codes } }, select }),
        db.zone.findMany({ where: { code: { in: codes } }, select }),
      ])
    : [[], []];
  const townByCode = new Map(towns.map((town) => [town.code, town]));
  const zoneByCode = new Map(zones.map((zone) => [zone.code, zone]));

  for (const row of rows) {
    const { scopeLevel: level, scopeCode: code } = row;
    if (!level || code === undefined) continue;
    const report = (zh: string, en: string) => errors.push(problem(row.at, "scopeCode", zh, en));
    const isCity = code.toUpperCase() === CITY_SCOPE_CODE;
    if (level === "CITY") {
      if (isCity) Object.assign(row, { scopeCode: CITY_SCOPE_CODE, townId: null, zoneId: null });
      else
        report(
          `全市目标的范围编码应为 ${CITY_SCOPE_CODE}，实为 ${shown(code)}`,
          `a city-level target's scope code must be ${CITY_SCOPE_CODE}, got ${shown(code)}`,
        );
      continue;
    }
    const [own, other] = level === "TOWN" ? [townByCode, zoneByCode] : [zoneByCode, townByCode];
    const [noun, nounEn] = level === "TOWN" ? ["镇(街道/区)", "town"] : ["村(区)域", "zone"];
    const found = own.get(code);
    if (isCity) {
      report(
        `${enumLabel("TargetScopeLevel", level)}目标的范围编码应为${noun}编码，不能是 ${CITY_SCOPE_CODE}`,
        `a ${nounEn}-level target needs a ${nounEn} code, not ${CITY_SCOPE_CODE}`,
      );
    } else if (found && !found.deletedAt) {
      Object.assign(row, { townId: level === "TOWN" ? found.id : null, zoneId: level === "ZONE" ? found.id : null });
    } else if (found) {
      report(`编码为 ${shown(code)} 的${noun}已删除`, `the ${nounEn} with code ${shown(code)} has been deleted`);
    } else {
      const otherLevel = level === "TOWN" ? "ZONE" : "TOWN";
      const hint = other.get(code) && !other.get(code)?.deletedAt;
      report(
        `找不到编码为 ${shown(code)} 的${noun}${hint ? `（这是${enumLabel("TargetScopeLevel", otherLevel)}编码，目标层级是否应为 ${enumLabel("TargetScopeLevel", otherLevel)}？）` : ""}`,
        `no ${nounEn} has the code ${shown(code)}${hint ? ` (it is a ${otherLevel.toLowerCase()} code: should the scope level be ${otherLevel}?)` : ""}`,
      );
    }
  }
}

/** The same natural key twice in one file: the later row is reported, naming the earlier. */
function findDuplicates(rows: Checked[], errors: TargetProblem[]): void {
  const first = new Map<string, RowPosition>();
  for (const row of rows) {
    const { plan, year, scopeLevel, metric } = row;
    if (!plan || !year || !scopeLevel || !metric || row.scopeCode === undefined) continue;
    const scopeCode = scopeLevel === "CITY" ? row.scopeCode.toUpperCase() : row.scopeCode;
    const key = naturalKey({ plan, year, scopeLevel, scopeCode, metric });
    const earlier = first.get(key);
    if (!earlier) first.set(key, row.at);
    else
      errors.push(
        problem(
          row.at,
          undefined,
          `与${positionLabel(earlier)}重复（计划、年度、目标层级、范围编码、指标都相同）`,
          `duplicates ${earlier.kind} ${earlier.number} (same plan, year, scope level, scope code and metric)`,
        ),
      );
  }
}

function enumCell<T extends string>(
  enumName: string,
  values: readonly T[],
  cell: CellValue,
  zhNoun: string,
  enNoun: string,
): CellResult<T> {
  const found = matchEnum(enumName, values, cell);
  if (found) return { ok: true, value: found };
  const allowed = describeValues(enumName, values);
  return {
    ok: false,
    zh: `未知的${zhNoun} ${shown(cell)}`,
    en: `unknown ${enNoun} ${shown(cell)}; 可填 / use one of: ${allowed}`,
  };
}

function planMetricsHint(plan: ProgrammePlan): string {
  return `; 该计划的指标 / this plan's metrics: ${describeValues("TargetMetric", metricsOfPlan(plan))}`;
}
