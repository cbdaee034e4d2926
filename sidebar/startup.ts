import { sharedMessagesEn } from "../src/core/i18n/en/shared";
import { uiMessagesEn } from "../src/core/i18n/en/ui";
import { sharedMessagesVi } from "../src/core/i18n/vi/shared";
import { uiMessagesVi } from "../src/core/i18n/vi/ui";
import { byId, element, fill } from "./dom";

// Until the first server call returns, the sidebar has neither its labels nor the user's language,
// so it shows these texts in Vietnamese and English. The build bundles both catalogs for them.

type StartupKey = "sidebar.language" | "sidebar.loading" | "sidebar.retry";

/** Returns a text in Vietnamese, then in English, joined by " / ". */
export function bothLanguages(key: StartupKey): string {
  return `${uiMessagesVi[key]} / ${uiMessagesEn[key]}`;
}

/** Shows the labels the page needs while the first load runs. */
export function showStartupTexts(): void {
  byId("language-label").textContent = bothLanguages("sidebar.language");
}

/**
 * Shows why the first load failed: the explanation in Vietnamese, then in English, the error message
 * as google.script.run reported it, and a button that runs `retry`.
 */
export function showLoadFailure(errorMessage: string, retry: () => void): void {
  const explanation = (language: "vi" | "en", text: string, command: string) => element("p", { lang: language }, fill(text, { command }));
  const button = element("button", { type: "button", class: "secondary" }, bothLanguages("sidebar.retry"));
  button.addEventListener("click", retry);

  const panel = byId("load-failed");
  panel.replaceChildren(
    explanation("vi", uiMessagesVi["sidebar.load_failed"], sharedMessagesVi["menu.open_sidebar"]),
    explanation("en", uiMessagesEn["sidebar.load_failed"], sharedMessagesEn["menu.open_sidebar"]),
    element("p", { class: "error" }, errorMessage),
    button,
  );
  panel.hidden = false;
}

export function hideLoadFailure(): void {
  const panel = byId("load-failed");
  panel.hidden = true;
  panel.replaceChildren();
}
