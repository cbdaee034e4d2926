import type { SidebarModel } from "../src/core/bridge/contract";
import { PERIOD_KINDS, periodLabels, periodOfDay, type PeriodKind } from "../src/core/periods/periods";
import { callServer, failureMessage } from "./bridge";
import { byId, element, fill } from "./dom";

type Text = (key: string) => string;

/** Today's calendar day in the browser, enough to preselect the current period. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The year, kind and period controls shared by the generate form and the reporting section. */
export class PeriodPicker {
  constructor(
    private readonly prefix: "period" | "move",
    private readonly language: SidebarModel["language"],
    private readonly text: Text,
  ) {}

  render(): void {
    const year = byId<HTMLInputElement>(`${this.prefix}-year`);
    const kind = byId<HTMLSelectElement>(`${this.prefix}-kind`);
    byId(`${this.prefix}-year-label`).textContent = this.text("sidebar.year");
    byId(`${this.prefix}-kind-label`).textContent = this.text("sidebar.period_kind");
    byId(`${this.prefix}-reporting-label`).textContent = this.text("sidebar.reporting_period");
    if (year.value === "") year.value = today().slice(0, 4);
    const chosenKind = kind.value || "month";
    kind.replaceChildren(...PERIOD_KINDS.map((key) => element("option", { value: key }, this.text(`sidebar.period_kind.${key}`))));
    kind.value = chosenKind;
    year.onchange = () => this.renderPeriods();
    kind.onchange = () => this.renderPeriods();
    this.renderPeriods();
  }

  private renderPeriods(): void {
    const { kind, year } = this.value();
    const select = byId<HTMLSelectElement>(`${this.prefix}-reporting`);
    const previous = select.value;
    const labels = periodLabels(kind, year, this.language);
    select.replaceChildren(...labels.map((label, index) => element("option", { value: String(index + 1) }, label)));
    select.value = previous && Number(previous) <= labels.length ? previous : String(periodOfDay(kind, year, today()));
  }

  /** Shows a remembered choice: the year and kind first, so the periods offered match. */
  set(choice: { kind: PeriodKind; year: number; reporting: number }): void {
    byId<HTMLInputElement>(`${this.prefix}-year`).value = String(choice.year);
    byId<HTMLSelectElement>(`${this.prefix}-kind`).value = choice.kind;
    this.renderPeriods();
    byId<HTMLSelectElement>(`${this.prefix}-reporting`).value = String(choice.reporting);
  }

  value(): { kind: PeriodKind; year: number; reporting: number } {
    const year = Number(byId<HTMLInputElement>(`${this.prefix}-year`).value) || Number(today().slice(0, 4));
    const kind = (byId<HTMLSelectElement>(`${this.prefix}-kind`).value || "month") as PeriodKind;
    const reporting = Number(byId<HTMLSelectElement>(`${this.prefix}-reporting`).value) || 1;
    return { kind, year: Math.min(Math.max(Math.round(year), 2000), 2100), reporting };
  }
}

/** Shows the section that moves the reporting period of existing tabs without regenerating them. */
export function renderReportingSection(model: SidebarModel, text: Text): void {
  byId("reporting").hidden = false;
  byId("reporting-heading").textContent = text("sidebar.reporting.title");
  const picker = new PeriodPicker("move", model.language, text);
  picker.render();
  const button = byId<HTMLButtonElement>("move-apply");
  button.textContent = text("sidebar.reporting.apply");
  button.onclick = async () => {
    const status = byId("move-status");
    button.disabled = true;
    status.classList.remove("error");
    status.textContent = text("sidebar.updating");
    try {
      const response = await callServer("setReportingPeriod", { language: model.language, ...picker.value() });
      status.textContent = response.message;
    } catch (error) {
      status.textContent = fill(text("sidebar.error"), { message: failureMessage(error) });
      status.classList.add("error");
    } finally {
      button.disabled = false;
    }
  };
}
