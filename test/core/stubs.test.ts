import { checkStubs, renderStubs } from "../../scripts/stubs";
import { CUSTOM_FUNCTION_DOCS, ENTRY_POINTS, type CustomFunctionDoc } from "../../src/public-api";

const doc = CUSTOM_FUNCTION_DOCS[0];

describe("the build's stub check", () => {
  test("passes the stubs the build renders", () => {
    expect(() => checkStubs(renderStubs("KpiBsc", CUSTOM_FUNCTION_DOCS, ENTRY_POINTS), CUSTOM_FUNCTION_DOCS)).not.toThrow();
  });

  test("fails without @customfunction", () => {
    const code = renderStubs("KpiBsc", [doc], []).replace(" * @customfunction\n", "");
    expect(() => checkStubs(code, [doc])).toThrow(/lacks @customfunction/);
  });

  test("fails when a parameter has no description", () => {
    const bare: CustomFunctionDoc = { ...doc, params: doc.params.map((param, index) => (index === 1 ? { ...param, vi: "", en: "" } : param)) };
    const code = renderStubs("KpiBsc", [bare], []).replace(/(@param \{[^}]+\} target) \/ \n/, "$1\n");
    expect(() => checkStubs(code, [doc])).toThrow(/parameter target has no @param description/);
  });

  test("fails when the declaration has no named parameters", () => {
    const code = renderStubs("KpiBsc", [doc], []).replace(/function KPI_SCORE\([^)]*\)/, "function KPI_SCORE()");
    expect(() => checkStubs(code, [doc])).toThrow(/no named parameters/);
  });

  test("fails when the declaration is missing", () => {
    expect(() => checkStubs("var KpiBsc = {};", [doc])).toThrow(/no top-level declaration/);
  });
});
