import { KpiError } from "../errors";
import { catalogSchema, type Catalog, type CatalogGroup, type GroupKind } from "./schema";

/** Validates catalog data read from outside the code; a bad catalog raises catalog.invalid with the first issues. */
export function parseCatalog(data: unknown): Catalog {
  const parsed = catalogSchema().safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new KpiError("catalog.invalid", { issues });
  }
  return parsed.data;
}

export function findGroup(catalog: Catalog, kind: GroupKind, key: string): CatalogGroup | undefined {
  return catalog.groups.find((group) => group.kind === kind && group.key === key);
}

/** Returns the groups sorted as the sidebar lists them: stages, then departments, each by order. */
export function sortedGroups(catalog: Catalog): CatalogGroup[] {
  const kindRank = (group: CatalogGroup) => (group.kind === "stage" ? 0 : 1);
  return [...catalog.groups].sort((a, b) => kindRank(a) - kindRank(b) || a.order - b.order);
}
