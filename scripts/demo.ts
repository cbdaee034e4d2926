/**
 * `npm run demo`: runs the built add-on offline on the embedded sample company, or with
 * `--input FILE.xlsx|FILE.csv` on your own workbook, and prints the Balanced Scorecard.
 * `--generate all` instead writes a KPI tab for every stage and department to one workbook.
 */
import { parseArgs } from "node:util";
import { generateCatalog } from "./demo/generate-catalog";
import { demoInputError, DemoInputError, demoMessage } from "./demo/messages";
import { runDemo } from "./demo/run-demo";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: "string" },
      output: { type: "string" },
      json: { type: "boolean", default: false },
      language: { type: "string", default: "vi" },
      generate: { type: "string" },
      layout: { type: "string", default: "full" },
    },
  });
  const language = values.language;
  if (language !== "vi" && language !== "en") {
    // The language is unknown, so the message is given in both.
    const value = String(language);
    throw new DemoInputError(`${demoMessage("en", "option.language", { value })}\n${demoMessage("vi", "option.language", { value })}`);
  }

  if (values.generate !== undefined) {
    if (values.layout !== "basic" && values.layout !== "full") throw demoInputError(language, "option.layout", { value: String(values.layout) });
    const output = values.output ?? `out/kpi-catalog-${language}.xlsx`;
    const tabs = await generateCatalog({ language, groups: values.generate, output, layout: values.layout });
    const written = tabs.length === 1 ? "run.catalog_written.one" : "run.catalog_written.other";
    console.log(`${tabs.join("\n")}\n\n${demoMessage(language, written, { count: tabs.length, path: output })}`);
    return;
  }

  const outcome = await runDemo({ language, input: values.input, output: values.output, json: values.json ?? false });
  // Notices go to stderr, so that --json output stays valid JSON.
  for (const notice of outcome.notices) console.error(notice);
  console.log(outcome.text);
  if (outcome.outputPath && !values.json) console.log(`\n${demoMessage(language, "run.workbook_written", { path: outcome.outputPath })}`);
}

// Every failure, bad input or not, is printed as its message alone, because the messages name the value and the fix.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
