/**
 * `npm run demo`: runs the built add-on offline on the embedded sample company, or with
 * `--input FILE.xlsx|FILE.csv` on your own workbook, and prints the Balanced Scorecard.
 * `--generate all` instead writes a KPI tab for every stage and department to one workbook.
 */
import { parseArgs } from "node:util";
import { generateCatalog } from "./demo/generate-catalog";
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
  if (values.language !== "vi" && values.language !== "en") {
    throw new Error(`--language must be vi or en, not "${values.language}"`);
  }

  if (values.generate !== undefined) {
    if (values.layout !== "basic" && values.layout !== "full") throw new Error(`--layout must be basic or full, not "${values.layout}"`);
    const output = values.output ?? `out/kpi-catalog-${values.language}.xlsx`;
    const tabs = await generateCatalog({ language: values.language, groups: values.generate, output, layout: values.layout });
    console.log(`${tabs.join("\n")}\n\n${tabs.length} KPI tabs written to ${output}`);
    return;
  }

  const outcome = await runDemo({ language: values.language, input: values.input, output: values.output, json: values.json ?? false });
  console.log(outcome.text);
  if (outcome.outputPath && !values.json) console.log(`\nWorkbook written to ${outcome.outputPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
