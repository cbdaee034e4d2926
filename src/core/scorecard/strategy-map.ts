import { PERSPECTIVES, type Perspective } from "../catalog/vocabulary";
import type { Status } from "../kpi/labels";
import { scoreStatus } from "../kpi/status";
import { weightedScore, type ScoredKpi } from "./score";

/** One strategic objective on the map: the weighted score of the KPIs that serve it. */
export interface MapObjective {
  /** The objective's text as typed; "" gathers the KPIs that name none. */
  readonly name: string;
  readonly score: number | null;
  readonly status: Status;
  readonly kpis: number;
}

export interface MapBand {
  readonly perspective: Perspective;
  readonly objectives: readonly MapObjective[];
}

/**
 * Groups KPIs by perspective, top band financial down to learning, and within each by strategic
 * objective in the order the objectives first appear, scoring each objective like a group.
 */
export function strategyMap(kpis: readonly ScoredKpi[]): MapBand[] {
  return PERSPECTIVES.map((perspective) => {
    const members = kpis.filter((kpi) => kpi.group === perspective);
    const names = [...new Set(members.map((kpi) => kpi.record.objective))];
    const objectives = names.map((name) => {
      const serving = members.filter((kpi) => kpi.record.objective === name);
      const score = weightedScore(serving);
      return { name, score, status: scoreStatus(score), kpis: serving.length };
    });
    return { perspective, objectives };
  });
}
