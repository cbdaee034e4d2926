/**
 * Entry of the app bundle: menu commands and sidebar endpoints. The build stores it in
 * dist/App.html, and Code.js evaluates it only when one of these runs (see src/gas/app-loader.ts),
 * so custom-function calls never pay for loading it.
 */
export { showSidebar, showHelp, buildScorecard } from "./gas/commands";
export { getSidebarModel, generateKpiTabs, getScorecardResult } from "./gas/sidebar-api";
export { getSkippedTables, saveColumnMapping } from "./gas/mapping";
export { setReportingPeriod } from "./gas/reporting";
