/** The product's two languages. */
export type Language = "vi" | "en";

/** Picks the language of a locale code such as "vi_VN", "vi" or "en_US": Vietnamese for vi*, else English. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^vi(?:[_-]|$)/i.test(locale.trim()) ? "vi" : "en";
}
