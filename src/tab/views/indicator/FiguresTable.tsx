import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { IndicatorFigures } from "./indicatorFigures";
import { useIndicatorStyles } from "./useIndicatorStyles.styles";

export interface FiguresTableProps {
  readonly figures: IndicatorFigures;
  readonly caption: string;
  readonly headers: {
    readonly period: string;
    readonly total: string;
    readonly women: string;
    readonly men: string;
    readonly target: string;
  };
  readonly number: (value: number) => string;
  readonly missing: (reason: NonNullable<IndicatorFigures["rows"][number]["missing"]>) => string;
  readonly none: string;
}

/** The chart's figures as a table: what a screen reader reads, and what anyone can copy or compare. */
export function FiguresTable({ figures, caption, headers, number, missing, none }: FiguresTableProps) {
  const styles = useIndicatorStyles();
  const cell = (value: number | undefined) => (value === undefined ? none : number(value));
  return (
    <div className={styles.tableWrap}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{headers.period}</TableHeaderCell>
            <TableHeaderCell scope="col">{headers.total}</TableHeaderCell>
            {figures.split ? (
              <>
                <TableHeaderCell scope="col">{headers.women}</TableHeaderCell>
                <TableHeaderCell scope="col">{headers.men}</TableHeaderCell>
              </>
            ) : null}
            <TableHeaderCell scope="col">{headers.target}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.rows.map((row) => (
            <TableRow key={row.period}>
              <TableHeaderCell scope="row">{row.period}</TableHeaderCell>
              <TableCell className={styles.number}>
                {row.missing === undefined ? cell(row.total) : missing(row.missing)}
              </TableCell>
              {figures.split ? (
                <>
                  <TableCell className={styles.number}>{cell(row.women)}</TableCell>
                  <TableCell className={styles.number}>{cell(row.men)}</TableCell>
                </>
              ) : null}
              <TableCell className={styles.number}>{cell(row.target)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
