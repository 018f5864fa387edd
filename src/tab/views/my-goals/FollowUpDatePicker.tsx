import { forwardRef, useMemo } from "react";
import {
  DatePicker,
  defaultDatePickerStrings,
  type CalendarStrings,
  type DatePickerErrorType,
} from "@fluentui/react-datepicker-compat";
import { useLocale, type Locale } from "../../app";
import { dateOfIso, isoOfDate, parseIsoDate } from "./isoDates";

/**
 * The follow-up date picker: Fluent's DatePicker in Swedish (weeks from Monday, ISO week numbers, dates as
 * ÅÅÅÅ-MM-DD, the Swedish way), typing allowed, no day before `min`. A chunk of its own, loaded when a goal
 * form opens, so no view pays for the calendar up front.
 */
export interface FollowUpDatePickerProps {
  /** What is typed, or the picked day as `YYYY-MM-DD`. */
  readonly onTextChange: (text: string) => void;
  /** The earliest day that may be chosen, `YYYY-MM-DD`. */
  readonly min: string;
  /** After the field is checked (on leaving it, or on Enter): what was wrong, if anything. */
  readonly onChecked: (problem: "unreadable" | "past" | undefined) => void;
  readonly id?: string;
  readonly "aria-describedby"?: string;
  readonly "aria-invalid"?: boolean;
}

const SV_MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

const SV_STRINGS: CalendarStrings = {
  ...defaultDatePickerStrings,
  months: SV_MONTHS,
  shortMonths: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  days: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
  shortDays: ["S", "M", "T", "O", "T", "F", "L"],
  goToToday: "Gå till i dag",
  weekNumberFormatString: "Vecka {0}",
  prevMonthAriaLabel: "Föregående månad",
  nextMonthAriaLabel: "Nästa månad",
  prevYearAriaLabel: "Föregående år",
  nextYearAriaLabel: "Nästa år",
  prevYearRangeAriaLabel: "Föregående år",
  nextYearRangeAriaLabel: "Nästa år",
  closeButtonAriaLabel: "Stäng kalendern",
  selectedDateFormatString: "Valt datum {0}",
  todayDateFormatString: "Dagens datum {0}",
  monthPickerHeaderAriaLabel: "{0}, byt år",
  yearPickerHeaderAriaLabel: "{0}, byt månad",
  dayMarkedAriaLabel: "markerad",
};

const STRINGS: Record<Locale, CalendarStrings> = { sv: SV_STRINGS, en: defaultDatePickerStrings };
const CALENDAR_LABEL: Record<Locale, string> = { sv: "Kalender", en: "Calendar" };

const monthYear = (date: Date, strings: { readonly months: readonly string[] }) =>
  `${strings.months[date.getMonth()] ?? ""} ${date.getFullYear()}`;

// Stable functions: the picker resets what is typed whenever `formatDate` changes identity.
const formatDate = (date?: Date): string => (date === undefined ? "" : isoOfDate(date));
const parseDate = (typed: string): Date | null => parseIsoDate(typed.trim()) ?? null;
const dateTimeFormatter = {
  formatDay: (date: Date) => String(date.getDate()),
  formatMonth: (date: Date, s: { readonly months: readonly string[] }) => s.months[date.getMonth()] ?? "",
  formatYear: (date: Date) => String(date.getFullYear()),
  formatMonthDayYear: (date: Date, s: { readonly months: readonly string[] }) =>
    `${date.getDate()} ${s.months[date.getMonth()] ?? ""} ${date.getFullYear()}`,
  formatMonthYear: monthYear,
};

const FollowUpDatePicker = forwardRef<HTMLInputElement, FollowUpDatePickerProps>(
  function FollowUpDatePicker(props, ref) {
    const { onTextChange, min, onChecked } = props;
    const { locale } = useLocale();
    const strings = STRINGS[locale];
    const minDate = useMemo(() => dateOfIso(min), [min]);
    return (
      <DatePicker
        ref={ref}
        size="large"
        allowTextInput
        showWeekNumbers
        showMonthPickerAsOverlay
        // Monday first; week 1 is the first with four days (ISO 8601), as Swedish calendars count.
        firstDayOfWeek={1}
        firstWeekOfYear={2}
        strings={strings}
        dateTimeFormatter={dateTimeFormatter}
        placeholder={locale === "sv" ? "ÅÅÅÅ-MM-DD" : "YYYY-MM-DD"}
        popupSurface={{ "aria-label": CALENDAR_LABEL[locale] }}
        {...(minDate === undefined ? {} : { minDate, today: minDate })}
        formatDate={formatDate}
        parseDateFromString={parseDate}
        onChange={(_event, data) => onTextChange(data.value)}
        onSelectDate={(date) => {
          if (date) onTextChange(isoOfDate(date));
        }}
        onValidationResult={({ error }: { error?: DatePickerErrorType }) =>
          onChecked(error === "invalid-input" ? "unreadable" : error === "out-of-bounds" ? "past" : undefined)
        }
        {...(props.id === undefined ? {} : { id: props.id })}
        {...(props["aria-describedby"] === undefined
          ? {}
          : { "aria-describedby": props["aria-describedby"] })}
        aria-invalid={props["aria-invalid"] === true}
      />
    );
  },
);

export default FollowUpDatePicker;
