// The charts of the dashboard and the report pages: one colour-blind-safe palette, numbers on
// the axes in a short form (2万 / 20K) so they are never cut, and bars that open the list
// of the records behind them.
import { BarChart } from "@mui/x-charts/BarChart";
import { useLocaleState, useTranslate } from "ra-core";
import { useNavigate } from "react-router-dom";
import { recordsPath, type Records } from "./drilldown.ts";

/**
 * Okabe & Ito's eight colours, told apart with every common colour-vision deficiency, and two
 * more from Paul Tol's palette for the ten plans; yellow (hard to see as a line) comes last.
 */
export const SERIES_COLORS = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#56B4E9",
  "#CC79A7",
  "#000000",
  "#882255",
  "#999933",
  "#F0E442",
] as const;

export const TARGET_COLOR = "#9E9E9E";
export const ACTUAL_COLOR = SERIES_COLORS[0];

/** Room for the category labels under a chart: a line of Chinese text in the theme's fonts. */
export const AXIS_HEIGHT = 34;

/** Axis numbers in the user's language, short: 20,000 → 2万 (20K in English). */
export function useAxisNumber(): (value: number) => string {
  const [locale] = useLocaleState();
  const format = new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN", {
    notation: "compact",
    maximumFractionDigits: 1,
  });
  return (value) => format.format(value);
}

/** Target and actual side by side per category (years, towns…); a bar opens the records behind the actual. */
export function TargetActualChart({
  categories,
  target,
  actual,
  records,
  height = 220,
}: {
  categories: string[];
  target: (number | null)[];
  actual: (number | null)[];
  /** The records behind each category's actual, if it has any. */
  records?: (Records | null | undefined)[];
  height?: number;
}) {
  const t = useTranslate();
  const navigate = useNavigate();
  const axisNumber = useAxisNumber();
  const empty = [...target, ...actual].every((value) => !value);
  const linked = records?.some(Boolean) ?? false;
  return (
    <BarChart
      height={height}
      skipAnimation
      xAxis={[{ scaleType: "band", data: categories, height: AXIS_HEIGHT }]}
      yAxis={[{ tickMinStep: 1, width: "auto", valueFormatter: axisNumber, ...(empty ? { max: 1 } : {}) }]}
      series={[
        { id: "target", data: target, label: t("columns.target"), color: TARGET_COLOR },
        { id: "actual", data: actual, label: t("columns.actual"), color: ACTUAL_COLOR },
      ]}
      onItemClick={(_event, item) => {
        const behind = records?.[item.dataIndex];
        if (behind) navigate(recordsPath(behind));
      }}
      sx={linked ? { "& .MuiBarElement-root": { cursor: "pointer" } } : undefined}
    />
  );
}
