import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Locale } from "../../app";
import { periodDate, type IndicatorFigures } from "./indicatorFigures";
import { useContainerWidth } from "./useContainerWidth";

export interface IndicatorChartProps {
  readonly figures: IndicatorFigures;
  readonly title: string;
  readonly locale: Locale;
  readonly labels: {
    readonly total: string;
    readonly women: string;
    readonly men: string;
    readonly targets: string;
  };
}

/**
 * Outcomes over time against the etappmål's targets. Colours are Fluent tokens (CSS variables), so the
 * lines follow the light, dark and high-contrast themes; lines differ by dash and marker as well as colour.
 */
export function IndicatorChart({ figures, title, locale, labels }: IndicatorChartProps) {
  const data = useMemo(() => {
    const series = (
      legend: string,
      pick: (row: IndicatorFigures["rows"][number]) => number | undefined,
      color: string,
      dashed = false,
    ): LineChartPoints | undefined => {
      const points = figures.rows.flatMap((row) => {
        const y = pick(row);
        return y === undefined ? [] : [{ x: periodDate(row.period), y }];
      });
      if (points.length === 0) return undefined;
      return {
        legend,
        data: points,
        color,
        ...(dashed ? { lineOptions: { strokeDasharray: "6 4" } } : {}),
      };
    };
    const lines = [
      series(labels.total, (r) => r.total, tokens.colorBrandForeground1),
      ...(figures.split
        ? [
            series(labels.women, (r) => r.women, tokens.colorPaletteBerryForeground2),
            series(labels.men, (r) => r.men, tokens.colorPaletteTealForeground2),
          ]
        : []),
      series(labels.targets, (r) => r.target, tokens.colorPaletteDarkOrangeForeground2, true),
    ].filter((line): line is LineChartPoints => line !== undefined);
    return { chartTitle: title, lineChartData: lines };
  }, [figures, title, labels]);

  const years = useMemo(
    () =>
      [...new Set(figures.rows.map((r) => Number(r.period.slice(0, 4))))].map(
        (year) => new Date(Date.UTC(year, 11, 31)),
      ),
    [figures.rows],
  );

  // The axis starts near the figures, not at 0, so a change of a few per cent shows; figures below 0 keep 0 in view.
  const yMinValue = useMemo(() => {
    const values = figures.rows.flatMap((r) => [r.total, r.women, r.men, r.target]);
    const present = values.filter((v): v is number => v !== undefined);
    if (present.length === 0) return undefined;
    const min = Math.min(...present);
    const max = Math.max(...present);
    if (min <= 0) return undefined;
    return Math.max(0, Math.floor(min - Math.max(max - min, max * 0.02)));
  }, [figures.rows]);
  const { ref, width } = useContainerWidth<HTMLDivElement>();

  return (
    <div ref={ref}>
      {width === undefined ? null : (
        <LineChart
          data={data}
          height={280}
          culture={locale === "sv" ? "sv-SE" : "en-GB"}
          useUTC
          tickValues={years}
          customDateTimeFormatter={(date) => String(date.getUTCFullYear())}
          allowMultipleShapesForPoints
          width={width}
          {...(yMinValue === undefined ? {} : { yMinValue })}
        />
      )}
    </div>
  );
}
