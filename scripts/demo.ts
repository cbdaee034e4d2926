/**
 * `npm run demo`: runs the built add-on offline on the embedded sample company, or with
 * `--input FILE.xlsx|FILE.csv` on your own workbook, and prints the Balanced Scorecard.
 */
import { parseArgs } from "node:util";
import { runDemo } from "./demo/run-demo";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      input: { type: "string" },
      output: { type: "string" },
      json: { type: "boolean", default: false },
      language: { type: "string", default: "vi" },
    },
  });
  if (values.language !== "vi" && values.language !== "en") {
    throw new Error(`--language must be vi or en, not "${values.language}"`);
  }

  const outcome = await runDemo({ language: values.language, input: values.input, output: values.output, json: values.json ?? false });
  console.log(outcome.text);
  if (outcome.outputPath && !values.json) console.log(`\nWorkbook written to ${outcome.outputPath}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
