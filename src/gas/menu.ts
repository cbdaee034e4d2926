import { translateCore } from "../core/i18n/core-messages";
import { userLanguage } from "./locale";

/**
 * Adds the add-on menu. Runs in AuthMode.NONE when the add-on is installed but not yet used in
 * this file, so it only builds the menu and reads the user's locale: no document, no properties.
 */
export function onOpen(): void {
  const language = userLanguage();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(translateCore(language, "menu.open_sidebar"), "showSidebar")
    .addItem(translateCore(language, "menu.build_scorecard"), "buildScorecard")
    .addSeparator()
    .addItem(translateCore(language, "menu.help"), "showHelp")
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}
