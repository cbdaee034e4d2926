import * as fs from "fs";
import * as path from "path";

import { catalogFileSchema, type CatalogGroup, type KpiDefinition, type LocalizedText } from "../src/core/catalog/schema";

const TEMPLATES_DIR = path.join(__dirname, "..", "templates");

const EXPECTED_GROUPS = [
  { kind: "stage", key: "attraction", prefix: "ATR" },
  { kind: "stage", key: "engagement", prefix: "ENG" },
  { kind: "stage", key: "value_creation", prefix: "VAL" },
  { kind: "stage", key: "retention", prefix: "RET" },
  { kind: "stage", key: "financial_stability", prefix: "FIN" },
  { kind: "department", key: "marketing", prefix: "MKT" },
  { kind: "department", key: "customer_care", prefix: "CS" },
  { kind: "department", key: "hr", prefix: "HR" },
  { kind: "department", key: "sales", prefix: "SAL" },
] as const;

/** Folder under templates/ that contains each kind of group. */
const FOLDER_BY_KIND: Record<string, string> = { stage: "stages", department: "departments" };

/**
 * Texts allowed to read the same in both languages: short codes and column labels such as "SEO"
 * or "NPS", and loanwords that Vietnamese businesses write unchanged.
 */
const MAX_SHARED_TEXT_LENGTH = 7;
const SHARED_LOANWORDS = new Set(["Marketing"]);

const PLACEHOLDER_PATTERN = /\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum|\?\?\?/i;

/** Vowels with Vietnamese tone or shape marks, and đ: text without any of them has lost its diacritics. */
const VIETNAMESE_LETTER_PATTERN =
  /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** KPI fields that describe what a metric is, so the same metric must agree on them in every group. */
const CLASSIFICATION_FIELDS = ["perspective", "unit", "direction", "frequency", "indicatorType", "aggregation"] as const;

interface CatalogFile {
  /** Path relative to templates/, with forward slashes. */
  file: string;
  data: unknown;
}

interface ParsedFile {
  file: string;
  group: CatalogGroup;
}

interface LocatedText {
  where: string;
  text: LocalizedText;
}

function listJsonFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const fullPath = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...listJsonFiles(fullPath));
    } else if (entry.name.endsWith(".json")) {
      files.push(fullPath);
    }
  }
  return files.sort();
}

function readCatalogFile(fullPath: string): CatalogFile {
  const file = path.relative(TEMPLATES_DIR, fullPath).split(path.sep).join("/");
  const source = fs.readFileSync(fullPath, "utf8");
  try {
    return { file, data: JSON.parse(source) };
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

const catalogFiles = listJsonFiles(TEMPLATES_DIR).map(readCatalogFile);

// Files that fail the schema are reported by the schema test and left out of the other checks.
const parsedFiles: ParsedFile[] = catalogFiles.flatMap(({ file, data }) => {
  const result = catalogFileSchema().safeParse(data);
  return result.success ? [{ file, group: result.data }] : [];
});

const allKpis: Array<{ file: string; kpi: KpiDefinition }> = parsedFiles.flatMap(({ file, group }) =>
  group.kpis.map((kpi) => ({ file, kpi })),
);

function collectTexts({ file, group }: ParsedFile): LocatedText[] {
  const texts: LocatedText[] = [{ where: `${file} name`, text: group.name }];
  if (group.keyQuestion) {
    texts.push({ where: `${file} keyQuestion`, text: group.keyQuestion });
  }
  for (const kpi of group.kpis) {
    texts.push(
      { where: `${file} ${kpi.id} name`, text: kpi.name },
      { where: `${file} ${kpi.id} description`, text: kpi.description },
      { where: `${file} ${kpi.id} formula`, text: kpi.formula },
      { where: `${file} ${kpi.id} dataSource`, text: kpi.dataSource },
    );
  }
  return texts;
}

const allTexts = parsedFiles.flatMap(collectTexts);

describe("KPI catalog files", () => {
  test("templates folder contains catalog files", () => {
    expect(catalogFiles.length).toBeGreaterThan(0);
  });

  test("every file passes the schema", () => {
    for (const { file, data } of catalogFiles) {
      const result = catalogFileSchema().safeParse(data);
      const issues = result.success ? [] : result.error.issues;
      expect({ file, issues }).toEqual({ file, issues: [] });
    }
  });

  test.each(EXPECTED_GROUPS)("$kind $key is present", ({ kind, key }) => {
    const matches = parsedFiles.filter(({ group }) => group.key === key);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.group.kind).toBe(kind);
  });

  test("catalog has no unexpected groups", () => {
    const expectedKeys = EXPECTED_GROUPS.map(({ key }) => key as string).sort();
    const actualKeys = parsedFiles.map(({ group }) => group.key).sort();
    expect(actualKeys).toEqual(expectedKeys);
  });

  test("file path matches group kind and key", () => {
    for (const { file, group } of parsedFiles) {
      expect(file).toBe(`${FOLDER_BY_KIND[group.kind]}/${group.key}.json`);
    }
  });

  test("group orders are distinct within each kind", () => {
    for (const kind of ["stage", "department"]) {
      const orders = parsedFiles.filter(({ group }) => group.kind === kind).map(({ group }) => group.order);
      expect({ kind, orders: [...new Set(orders)].sort() }).toEqual({ kind, orders: [...orders].sort() });
    }
  });

  test("stages have a key question", () => {
    for (const { file, group } of parsedFiles.filter(({ group }) => group.kind === "stage")) {
      expect({ file, hasKeyQuestion: group.keyQuestion !== undefined }).toEqual({ file, hasKeyQuestion: true });
    }
  });

  test("departments have no key question", () => {
    for (const { file, group } of parsedFiles.filter(({ group }) => group.kind === "department")) {
      expect({ file, keyQuestion: group.keyQuestion }).toEqual({ file, keyQuestion: undefined });
    }
  });

  test("KPI ids are unique across the catalog", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, kpi } of allKpis) {
      const firstFile = seen.get(kpi.id);
      if (firstFile !== undefined) {
        duplicates.push(`${kpi.id} in ${firstFile} and ${file}`);
      }
      seen.set(kpi.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  test("KPI ids start with the group prefix", () => {
    for (const { group } of parsedFiles) {
      const prefix = EXPECTED_GROUPS.find(({ key }) => key === group.key)?.prefix;
      for (const kpi of group.kpis) {
        expect(kpi.id).toMatch(new RegExp(`^${prefix}-\\d{2}$`));
      }
    }
  });

  test("every related id exists", () => {
    const ids = new Set(allKpis.map(({ kpi }) => kpi.id));
    const dangling = allKpis.flatMap(({ kpi }) =>
      (kpi.related ?? []).filter((relatedId) => !ids.has(relatedId)).map((relatedId) => `${kpi.id} -> ${relatedId}`),
    );
    expect(dangling).toEqual([]);
  });

  test("KPIs are not related to themselves", () => {
    for (const { kpi } of allKpis) {
      const related = kpi.related ?? [];
      expect({ id: kpi.id, selfReference: related.includes(kpi.id) }).toEqual({ id: kpi.id, selfReference: false });
    }
  });

  test("related ids are not repeated", () => {
    for (const { kpi } of allKpis) {
      const related = kpi.related ?? [];
      expect({ id: kpi.id, related: [...new Set(related)] }).toEqual({ id: kpi.id, related });
    }
  });

  test("rates, scores and ratios are never summed", () => {
    for (const { kpi } of allKpis) {
      if (kpi.unit === "percent" || kpi.unit === "score" || kpi.unit === "ratio") {
        expect({ id: kpi.id, aggregation: kpi.aggregation }).not.toEqual({ id: kpi.id, aggregation: "sum" });
      }
    }
  });

  test("same-named KPIs agree across groups", () => {
    const firstByName = new Map<string, KpiDefinition>();
    for (const { kpi } of allKpis) {
      const first = firstByName.get(kpi.name.en);
      if (first === undefined) {
        firstByName.set(kpi.name.en, kpi);
        continue;
      }
      for (const field of CLASSIFICATION_FIELDS) {
        expect({ id: kpi.id, field, value: kpi[field] }).toEqual({ id: kpi.id, field, value: first[field] });
      }
    }
  });

  test("texts contain no placeholders", () => {
    for (const { where, text } of allTexts) {
      expect({ where, vi: PLACEHOLDER_PATTERN.test(text.vi) }).toEqual({ where, vi: false });
      expect({ where, en: PLACEHOLDER_PATTERN.test(text.en) }).toEqual({ where, en: false });
    }
  });

  test("Vietnamese and English texts differ", () => {
    for (const { where, text } of allTexts) {
      const vi = text.vi.trim();
      const mayBeShared = vi.length <= MAX_SHARED_TEXT_LENGTH || SHARED_LOANWORDS.has(vi);
      if (!mayBeShared) {
        expect({ where, sameInBothLanguages: vi === text.en.trim() }).toEqual({ where, sameInBothLanguages: false });
      }
    }
  });

  test("Vietnamese descriptions carry diacritics", () => {
    for (const { kpi } of allKpis) {
      const description = kpi.description.vi.normalize("NFC");
      expect({ id: kpi.id, hasDiacritics: VIETNAMESE_LETTER_PATTERN.test(description) }).toEqual({
        id: kpi.id,
        hasDiacritics: true,
      });
    }
  });

  test("Vietnamese formulas separate arguments with semicolons", () => {
    const functionCall = /=[A-Z_]+\(([^)]*)\)/g;
    for (const { kpi } of allKpis) {
      for (const match of kpi.formula.vi.matchAll(functionCall)) {
        expect({ id: kpi.id, call: match[0], hasComma: match[1].includes(",") }).toEqual({
          id: kpi.id,
          call: match[0],
          hasComma: false,
        });
      }
    }
  });

  test("English formulas separate arguments with commas", () => {
    const functionCall = /=[A-Z_]+\(([^)]*)\)/g;
    for (const { kpi } of allKpis) {
      for (const match of kpi.formula.en.matchAll(functionCall)) {
        expect({ id: kpi.id, call: match[0], hasSemicolon: match[1].includes(";") }).toEqual({
          id: kpi.id,
          call: match[0],
          hasSemicolon: false,
        });
      }
    }
  });
});
