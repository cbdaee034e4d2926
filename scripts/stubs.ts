import type { CustomFunctionDoc, EntryPoint } from "../src/public-api";

/**
 * Renders the top-level declarations Apps Script looks for. Each forwards `arguments` unchanged,
 * so functions whose form depends on the argument count (LTV_CAC) still see it.
 */
export function renderStubs(globalName: string, docs: readonly CustomFunctionDoc[], entries: readonly EntryPoint[]): string {
  const forward = (name: string) => `  return ${globalName}.${name}.apply(this, arguments);`;
  const custom = docs.map((doc) =>
    [
      "/**",
      ` * ${doc.vi}`,
      ` * ${doc.en}`,
      ...doc.params.map((param) => ` * @param {${param.type}} ${param.name} ${param.vi} / ${param.en}`),
      ` * @return {${doc.returns.type}} ${doc.returns.vi} / ${doc.returns.en}`,
      ` * @example ${doc.name}(${doc.example.args.map(formatArgument).join(", ")}) = ${formatArgument(doc.example.result)}`,
      " * @customfunction",
      " */",
      `function ${doc.name}(${doc.params.map((param) => param.name).join(", ")}) {`,
      forward(doc.name),
      "}",
    ].join("\n"),
  );
  const others = entries.map((entry) =>
    [
      `/** ${entry.summary} */`,
      `function ${entry.name}(${entry.params.join(", ")}) {`,
      entry.bundle === "code" ? forward(entry.name) : `  return ${globalName}.app().${entry.name}.apply(this, arguments);`,
      "}",
    ].join("\n"),
  );
  return [...custom, ...others].join("\n\n") + "\n";
}

function formatArgument(value: number | string): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * Fails the build when a custom function's declaration lacks what Sheets needs for its
 * autocomplete help: @customfunction right above it, named parameters, and a @param with a
 * description for each.
 */
export function checkStubs(code: string, docs: readonly CustomFunctionDoc[]): void {
  for (const doc of docs) {
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${doc.name}\\(([^)]*)\\)`).exec(code);
    if (!match) throw new Error(`${doc.name}: no top-level declaration under a JSDoc block`);
    const [, jsdoc, params] = match;
    if (!/@customfunction\b/.test(jsdoc)) throw new Error(`${doc.name}: JSDoc lacks @customfunction`);
    const names = params.split(",").map((name) => name.trim()).filter(Boolean);
    if (names.length === 0) throw new Error(`${doc.name}: the declaration has no named parameters`);
    for (const name of names) {
      const described = new RegExp(`@param \\{[^}]+\\} ${name} \\S`).test(jsdoc);
      if (!described) throw new Error(`${doc.name}: parameter ${name} has no @param description`);
    }
  }
}
