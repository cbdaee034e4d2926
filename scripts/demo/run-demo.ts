import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ScorecardResult } from "../../src/core/scorecard/result";
import { importCsvInput } from "./csv-input";
import { checkInputFile, importXlsxInput } from "./input-file";
import { loadAddon, ROOT } from "./load-addon";
import { demoMessage } from "./messages";
import { renderScorecard } from "./render";
import { SAMPLE_COMPANY } from "./sample-company";
import { setUpSampleCompany, typeMission } from "./sample-run";

export interface DemoOptions {
  readonly language: "vi" | "en";
  /** A workbook (.xlsx) or table (.csv) to build the scorecard from, instead of the sample company. */
  readonly input?: string;
  /** Path of the workbook written with the summary tab. The sample company defaults to out/demo-scorecard.xlsx. */
  readonly output?: string;
  readonly json: boolean;
}

export interface DemoOutcome {
  readonly text: string;
  readonly result: ScorecardResult;
  readonly outputPath?: string;
  /** Messages for the user about how the input was read, such as a changed tab name. */
  readonly notices: readonly string[];
}

/**
 * Runs the built add-on in the emulator, builds the scorecard and renders it. Rejects with a
 * DemoInputError, in the chosen language, when the input file is missing, empty or not CSV or .xlsx.
 */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const inputKind = options.input ? checkInputFile(options.input, options.language) : undefined;
  const emulator = loadAddon({ language: options.language, name: options.input ? path.basename(options.input) : SAMPLE_COMPANY.name });

  const notices: string[] = [];
  if (options.input && inputKind === "csv") notices.push(...importCsvInput(emulator, options.input, options.language).notices);
  else if (options.input && inputKind === "xlsx") await importXlsxInput(emulator, options.input, options.language);
  else setUpSampleCompany(emulator, options.language);

  emulator.run("buildScorecard", []);
  const failure = emulator.ui.alerts.at(-1);
  if (failure) {
    const message = [failure.title, failure.prompt].filter(Boolean).join(": ");
    throw new Error(demoMessage(options.language, "run.scorecard_failed", { message }));
  }

  if (!options.input) {
    typeMission(emulator, emulator.spreadsheet.getSheets()[0].getName());
    emulator.run("buildScorecard", []);
  }
  const result = emulator.run("getScorecardResult", []) as ScorecardResult;

  const outputPath = options.output ?? (options.input ? undefined : path.join(ROOT, "out/demo-scorecard.xlsx"));
  if (outputPath) {
    mkdirSync(path.dirname(path.resolve(outputPath)), { recursive: true });
    await emulator.exportXlsx(outputPath);
  }

  const title = options.input ? path.basename(options.input) : SAMPLE_COMPANY.name;
  const text = options.json ? JSON.stringify(result, null, 2) : renderScorecard(result, options.language, title);
  return { text, result, outputPath, notices };
}
