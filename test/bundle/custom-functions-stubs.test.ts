/**
 * The top-level declarations of dist/Code.js that Sheets reads for its formula list and
 * autocomplete help. esbuild strips comments and wraps the bundle in a function, so each custom
 * function needs a generated declaration outside it, under its own JSDoc block.
 */
import vm from "node:vm";
import { FUNCTION_NAMES, LOCALES, builtCode, callersByLocale, type FunctionName } from "./helpers";

const call = callersByLocale();

/** Parameter names as the help card lists them. */
const DECLARED_PARAMS: Readonly<Record<FunctionName, readonly string[]>> = {
  KPI_SCORE: ["actual", "target", "threshold", "direction", "cap"],
  CHURN_RATE: ["customers_at_start", "customers_lost", "periods"],
  LTV_CAC: ["ltv_or_arpa", "cac_or_gross_margin", "churn_rate", "cac", "max_lifetime"],
  BURN_RATE: ["cash_out", "cash_in", "months"],
  RUNWAY: ["cash_balance", "net_burn"],
  CAC: ["spend", "new_customers"],
  LTV: ["arpa", "gross_margin", "churn_rate", "max_lifetime"],
  CAC_PAYBACK: ["cac", "arpa", "gross_margin"],
};

interface Stub {
  readonly params: readonly string[];
  /** Lines of the JSDoc block without the leading " * ". */
  readonly lines: readonly string[];
}

/** Finds the JSDoc block and declaration of a top-level function, or returns undefined. */
function findStub(code: string, name: string): Stub | undefined {
  const match = new RegExp(`(?:^|\\n)/\\*\\*\\n((?:(?!\\*/)[\\s\\S])*?) \\*/\\nfunction ${name}\\(([^)]*)\\) \\{`).exec(code);
  if (!match) return undefined;
  const lines = match[1]
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/^ \* ?/, ""));
  const params = match[2].split(",").map((param) => param.trim()).filter((param) => param.length > 0);
  return { params, lines };
}

function stubOf(name: string): Stub {
  const stub = findStub(builtCode(), name);
  if (!stub) throw new Error(`dist/Code.js has no top-level "function ${name}(...)" directly under a JSDoc block`);
  return stub;
}

interface ParamLine {
  readonly name: string;
  readonly vi: string;
  readonly en: string;
}

function paramLines(stub: Stub): ParamLine[] {
  return stub.lines
    .filter((line) => line.startsWith("@param "))
    .map((line) => {
      const match = /^@param \{[^}]+\} (\w+) (.+)$/.exec(line);
      if (!match) throw new Error(`unreadable @param line: ${line}`);
      const parts = match[2].split(" / ");
      if (parts.length !== 2) throw new Error(`@param ${match[1]} needs "Vietnamese / English": ${match[2]}`);
      return { name: match[1], vi: parts[0], en: parts[1] };
    });
}

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** Drops quoted words and brackets, where a description may cite the other language's terms. */
function withoutCitations(text: string): string {
  return text.replace(/"[^"]*"/g, "").replace(/\([^)]*\)/g, "");
}

function isVietnamese(text: string): boolean {
  return VIETNAMESE_LETTER.test(withoutCitations(text));
}

function isEnglish(text: string): boolean {
  const plain = withoutCitations(text);
  return !VIETNAMESE_LETTER.test(plain) && /\b[A-Za-z]{3,}\b/.test(plain);
}

describe("top-level declarations in dist/Code.js", () => {
  test.each(FUNCTION_NAMES)("%s is declared at the top level with named parameters", (name) => {
    expect(stubOf(name).params).toEqual(DECLARED_PARAMS[name]);
  });

  test.each(FUNCTION_NAMES)("%s is callable as a global of the script", (name) => {
    const context = vm.createContext({});
    vm.runInContext(builtCode(), context);
    const declared = (context as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    expect(typeof declared).toBe("function");
    expect(declared.length).toBe(DECLARED_PARAMS[name].length);
  });

  test.each(FUNCTION_NAMES)("%s is declared once", (name) => {
    const declarations = builtCode().match(new RegExp(`^function ${name}\\(`, "gm")) ?? [];
    expect(declarations).toHaveLength(1);
  });
});

describe("JSDoc of each custom function", () => {
  test.each(FUNCTION_NAMES)("%s is marked @customfunction", (name) => {
    expect(stubOf(name).lines).toContain("@customfunction");
  });

  test.each(FUNCTION_NAMES)("%s has one @param per parameter, in order", (name) => {
    const stub = stubOf(name);
    expect(paramLines(stub).map((param) => param.name)).toEqual(stub.params);
  });

  test.each(FUNCTION_NAMES)("%s describes each parameter in Vietnamese, then English", (name) => {
    for (const param of paramLines(stubOf(name))) {
      expect([param.name, param.vi, isVietnamese(param.vi)]).toEqual([param.name, param.vi, true]);
      expect([param.name, param.en, isEnglish(param.en)]).toEqual([param.name, param.en, true]);
    }
  });

  test.each(FUNCTION_NAMES)("%s opens with a Vietnamese summary, then an English one", (name) => {
    const [vi, en] = stubOf(name).lines;
    expect([vi, isVietnamese(vi)]).toEqual([vi, true]);
    expect([en, isEnglish(en)]).toEqual([en, true]);
  });
});

describe("LTV_CAC's declaration", () => {
  test("has five named parameters", () => {
    expect(stubOf("LTV_CAC").params).toHaveLength(5);
  });

  test("names both forms in its summary", () => {
    const [vi, en] = stubOf("LTV_CAC").lines;
    expect(vi).toContain("LTV_CAC(ltv; cac)");
    expect(vi).toContain("LTV_CAC(arpa; gross_margin; churn_rate; cac; [max_lifetime])");
    expect(en).toContain("LTV_CAC(ltv, cac)");
    expect(en).toContain("LTV_CAC(arpa, gross_margin, churn_rate, cac, [max_lifetime])");
  });

  test("describes what the first two arguments are in each form", () => {
    const [first, second] = paramLines(stubOf("LTV_CAC"));
    for (const param of [first, second]) {
      expect(param.vi).toContain("Với 2 đối số");
      expect(param.vi).toContain("Với 4–5 đối số");
      expect(param.en).toContain("With 2 arguments");
      expect(param.en).toContain("With 4–5");
    }
    expect(first.en).toMatch(/lifetime value/i);
    expect(first.en).toMatch(/ARPA/);
    expect(second.en).toMatch(/acquisition cost/i);
    expect(second.en).toMatch(/gross margin/i);
  });

  test("ties the last three arguments to the 4–5 argument form", () => {
    const [, , churn, cac, maxLifetime] = paramLines(stubOf("LTV_CAC"));
    for (const param of [churn, cac]) {
      expect(param.vi).toContain("4–5 đối số");
      expect(param.en).toContain("4–5 argument form");
    }
    expect(maxLifetime.vi.startsWith("Tùy chọn.")).toBe(true);
    expect(maxLifetime.en.startsWith("Optional.")).toBe(true);
  });
});

describe("@example lines", () => {
  const examples = FUNCTION_NAMES.map((name) => {
    const line = stubOf(name).lines.find((text) => text.startsWith("@example "));
    const match = line && new RegExp(`^@example ${name}\\((.*)\\) = (.+)$`).exec(line);
    if (!match) throw new Error(`${name} has no "@example ${name}(...) = result" line`);
    const args = JSON.parse(`[${match[1]}]`) as unknown[];
    const result = JSON.parse(match[2]) as unknown;
    return [name, line, args, result] as const;
  });

  test.each(examples)("%s: %s holds in both locales", (name, _, args, result) => {
    for (const locale of LOCALES) {
      expect(call[locale](name, ...args)).toBe(result);
    }
  });
});
