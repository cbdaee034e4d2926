import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ScorecardResult } from "../../src/core/scorecard/result";
import { loadAddon, ROOT } from "./load-addon";
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
}

/** Runs the built add-on in the emulator, builds the scorecard and renders it. */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const emulator = loadAddon({ language: options.language, name: options.input ? path.basename(options.input) : SAMPLE_COMPANY.name });

  if (options.input) {
    if (/\.csv$/i.test(options.input)) {
      // A new spreadsheet starts with one empty tab; a CSV opened as a workbook has only its own.
      const [blank] = emulator.spreadsheet.getSheets();
      emulator.importCsv(options.input);
      emulator.spreadsheet.deleteSheet(blank);
    }
    else if (/\.xlsx$/i.test(options.input)) await emulator.importXlsx(options.input);
    else throw new Error(`--input must be an .xlsx or .csv file, not "${options.input}"`);
  } else {
    setUpSampleCompany(emulator, options.language);
  }

  emulator.run("buildScorecard", []);
  const failure = emulator.ui.alerts.at(-1);
  if (failure) throw new Error([failure.title, failure.prompt].filter(Boolean).join(": "));

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
  return { text, result, outputPath };
}
