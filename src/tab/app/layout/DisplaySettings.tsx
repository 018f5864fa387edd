import { makeStyles, Select, tokens, useId, Label } from "@fluentui/react-components";
import { useLocale, useStrings } from "../i18n/LocaleContext";
import { isLocale } from "../i18n/locale";
import { shellStrings } from "../i18n/shellStrings";
import { useThemeName } from "../theme/ThemeContext";
import { isThemeName } from "../theme/themes";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  field: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

/** Outside Teams: choose theme and language here (inside Teams both follow Teams). */
export function DisplaySettings() {
  const t = useStrings(shellStrings);
  const styles = useStyles();
  const { theme, setTheme } = useThemeName();
  const { locale, setLocale } = useLocale();
  const themeId = useId("theme");
  const languageId = useId("language");
  return (
    <div className={styles.root}>
      <div className={styles.field}>
        <Label htmlFor={themeId} size="small">
          {t("themeLabel")}
        </Label>
        <Select
          id={themeId}
          size="small"
          value={theme}
          onChange={(_, data) => {
            if (isThemeName(data.value)) setTheme(data.value);
          }}
        >
          <option value="light">{t("themeLight")}</option>
          <option value="dark">{t("themeDark")}</option>
          <option value="contrast">{t("themeContrast")}</option>
        </Select>
      </div>
      <div className={styles.field}>
        <Label htmlFor={languageId} size="small">
          {t("languageLabel")}
        </Label>
        <Select
          id={languageId}
          size="small"
          value={locale}
          onChange={(_, data) => {
            if (isLocale(data.value)) setLocale(data.value);
          }}
        >
          <option value="sv" lang="sv">
            {t("languageSv")}
          </option>
          <option value="en" lang="en">
            {t("languageEn")}
          </option>
        </Select>
      </div>
    </div>
  );
}
