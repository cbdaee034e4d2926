/**
 * The KPI table contract: every column a KPI tab may have, in the order a generated tab lays
 * them out. Headers are found by their text in either language, in any order.
 */
export const COLUMN_KEYS = [
  "id",
  "name",
  "perspective",
  "objective",
  "unit",
  "direction",
  "baseline",
  "threshold",
  "target",
  "actual",
  "score",
  "status",
  "variance",
  "weight",
  "frequency",
  "last_updated",
  "expiry",
  "indicator_type",
  "related",
  "data_source",
  "tracking_cost",
  "owner",
  "roles",
  "scope",
  "analysis",
  "aggregation",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The guide's four basic steps: what a "basic" tab keeps. */
export const BASIC_COLUMNS: readonly ColumnKey[] = [
  "id",
  "name",
  "perspective",
  "objective",
  "unit",
  "direction",
  "baseline",
  "threshold",
  "target",
  "actual",
  "score",
  "status",
  "weight",
  "owner",
];

export const LAYOUTS = ["basic", "full"] as const;
export type Layout = (typeof LAYOUTS)[number];

export function columnsOfLayout(layout: Layout): readonly ColumnKey[] {
  return layout === "basic" ? BASIC_COLUMNS : COLUMN_KEYS;
}

/**
 * Header words that Vietnamese and English business reports use for each column, folded with
 * foldText (no diacritics, lower case). The add-on's own headers are matched separately, from
 * the message catalogs, so renaming a header there keeps old tabs readable only if its old
 * wording stays listed here.
 */
export const HEADER_SYNONYMS: Readonly<Partial<Record<ColumnKey, readonly string[]>>> = {
  id: ["id", "ma", "ma kpi", "ma chi so", "kpi id", "kpi code", "code"],
  name: [
    "kpi",
    "kpis",
    "ten kpi",
    "ten chi so",
    "ten chi tieu",
    "chi so",
    "chi so kpi",
    "kpi name",
    "name",
    "metric",
    "metric name",
    "measure",
    "indicator",
    "key performance indicator",
  ],
  perspective: ["khia canh", "khia canh bsc", "phuong dien", "phuong dien bsc", "perspective", "bsc perspective"],
  objective: ["muc tieu chien luoc", "strategic objective", "objective"],
  unit: ["don vi", "don vi tinh", "dvt", "unit", "units", "uom"],
  direction: ["chieu", "chieu danh gia", "xu huong", "direction", "polarity"],
  baseline: ["ket qua hien tai", "hien tai", "gia tri co so", "baseline", "current"],
  threshold: ["dinh muc", "dinh muc toi thieu", "muc toi thieu", "nguong", "nguong toi thieu", "threshold", "minimum", "min", "floor"],
  target: ["muc tieu", "chi tieu", "ke hoach", "muc tieu can dat", "target", "targets", "goal", "plan", "budget"],
  actual: ["thuc te", "ket qua thuc te", "thuc hien", "ket qua", "dat duoc", "actual", "actuals", "actual value", "result", "achieved"],
  score: ["diem", "diem so", "score", "achievement"],
  status: ["trang thai", "danh gia", "status", "rag"],
  variance: ["chenh lech", "variance", "gap"],
  weight: ["trong so", "ty trong", "weight", "weighting"],
  frequency: ["tan suat", "tan suat cap nhat", "frequency", "update frequency"],
  last_updated: ["cap nhat lan cuoi", "ngay cap nhat", "last updated", "updated"],
  expiry: ["ngay het han", "het han", "expiry", "expiry date", "review date"],
  indicator_type: ["loai chi so", "indicator type", "leading lagging"],
  related: ["chi so lien quan", "related", "related kpis"],
  data_source: ["nguon du lieu", "data source", "source"],
  tracking_cost: ["chi phi theo doi", "tracking cost"],
  owner: ["nguoi phu trach", "phu trach", "owner", "responsible", "pic"],
  roles: ["quyen han va vai tro", "vai tro", "roles"],
  scope: ["pham vi", "scope"],
  analysis: ["phan tich chenh lech", "phan tich", "analysis", "comment", "comments", "ghi chu", "notes"],
  aggregation: ["cach tong hop", "aggregation"],
};
