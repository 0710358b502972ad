// The portal's language switcher: one submit button per language, each named in itself, in a plain form
// that works without JavaScript.
import { useTranslations } from "next-intl";
import { chooseLanguageAction } from "@/app/(portal)/language-actions";
import { LOCALES, localeLabel, type Locale } from "@/lib/i18n/locales";

export function LanguageSwitcher({ current, returnTo }: { current: Locale; returnTo: string }) {
  const t = useTranslations("site");
  return (
    <nav aria-label={t("languageLabel")} className="language-switcher">
      <form action={chooseLanguageAction}>
        <input type="hidden" name="returnTo" value={returnTo} />
        <ul className="language-switcher__list">
          {LOCALES.map((locale) => (
            <li key={locale}>
              <button
                type="submit"
                name="locale"
                value={locale}
                lang={locale}
                className="language-switcher__button"
                aria-current={locale === current ? "true" : undefined}
              >
                {localeLabel[locale]}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </nav>
  );
}
