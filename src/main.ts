/**
 * Entry of the server bundle. Every export here is a public name: the build wraps the bundle
 * in an IIFE assigned to KpiBsc and appends a top-level stub per name (see public-api.ts), because
 * Apps Script only sees top-level function declarations. Module top levels do no work.
 */
import { runCustomFunction } from "./gas/custom-functions";

export function KPI_SCORE(): unknown {
  return runCustomFunction("KPI_SCORE", arguments);
}

export function CHURN_RATE(): unknown {
  return runCustomFunction("CHURN_RATE", arguments);
}

export function LTV_CAC(): unknown {
  return runCustomFunction("LTV_CAC", arguments);
}

export function BURN_RATE(): unknown {
  return runCustomFunction("BURN_RATE", arguments);
}

export { onOpen, onInstall, showSidebar, showHelp, buildScorecard } from "./gas/menu";
export { getSidebarModel, generateKpiTabs, getScorecardResult } from "./gas/sidebar-api";
