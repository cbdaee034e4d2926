/**
 * Entry of Code.js: the custom functions, the menu, and the loader of the app bundle. The build
 * wraps this bundle in an IIFE assigned to KpiBsc and appends a top-level stub per public name
 * (see public-api.ts), because Apps Script only sees top-level function declarations.
 * Module top levels do no work: Apps Script evaluates Code.js on every custom-function call.
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

export function RUNWAY(): unknown {
  return runCustomFunction("RUNWAY", arguments);
}

export function CAC(): unknown {
  return runCustomFunction("CAC", arguments);
}

export function LTV(): unknown {
  return runCustomFunction("LTV", arguments);
}

export function CAC_PAYBACK(): unknown {
  return runCustomFunction("CAC_PAYBACK", arguments);
}

export { onOpen, onInstall } from "./gas/menu";
export { app } from "./gas/app-loader";
