import type { GenerateRequest, SidebarGroup, SidebarModel } from "../src/core/bridge/contract";
import { freeSheetNames } from "../src/core/plan/sheet-names";
import { callServer, failureMessage } from "./bridge";
import { byId, element, fill } from "./dom";
import { renderMappingSection } from "./mapping-view";
import { PeriodPicker, renderReportingSection } from "./period-view";
import { bothLanguages, hideLoadFailure, showLoadFailure, showStartupTexts } from "./startup";

type Language = SidebarModel["language"];

let model: SidebarModel | null = null;
let periodPicker: PeriodPicker | null = null;
let periodsRestored = false;
let restored = false;
const picked = new Set<string>();
const unticked = new Set<string>();

const groupId = (group: SidebarGroup) => `${group.kind}:${group.key}`;
const text = (key: string) => model?.texts[key] ?? key;

function setStatus(message: string, isError = false): void {
  const status = byId("status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function load(language?: Language): Promise<void> {
  hideLoadFailure();
  setStatus(model ? text("sidebar.loading") : bothLanguages("sidebar.loading"));
  try {
    model = await callServer("getSidebarModel", language ? { language } : undefined);
    if (!restored) restoreChoices(model.choices);
    restored = true;
    render();
    setStatus("");
  } catch (error) {
    if (model) {
      setStatus(fill(text("sidebar.error"), { message: failureMessage(error) }), true);
      return;
    }
    // Without a model the sidebar has neither labels nor the user's language.
    setStatus("");
    showLoadFailure(failureMessage(error), () => void load(language));
  }
}

/** Starts from what this user picked last time, remembered by the server. */
function restoreChoices(choices: SidebarModel["choices"]): void {
  if (!choices) return;
  for (const group of choices.groups) picked.add(`${group.kind}:${group.key}`);
  for (const id of choices.unticked) unticked.add(id);
  const layout = document.querySelector<HTMLInputElement>(`input[name="layout"][value="${choices.layout}"]`);
  if (layout) layout.checked = true;
  byId<HTMLTextAreaElement>("objective").value = choices.objective ?? "";
  byId<HTMLInputElement>("owner").value = choices.owner ?? "";
  byId<HTMLInputElement>("period").value = choices.period ?? "";
}

function render(): void {
  if (!model) return;
  document.documentElement.lang = model.language;
  byId<HTMLSelectElement>("language").value = model.language;
  byId("language-label").textContent = text("sidebar.language");
  byId("title").textContent = text("sidebar.title");
  byId("stages-legend").textContent = text("sidebar.stages");
  byId("departments-legend").textContent = text("sidebar.departments");
  byId("kpis-heading").textContent = text("sidebar.kpis");
  byId("layout-legend").textContent = text("sidebar.layout");
  byId("layout-basic").textContent = text("sidebar.layout.basic");
  byId("layout-full").textContent = text("sidebar.layout.full");
  byId("objective-label").textContent = text("sidebar.objective");
  byId("owner-label").textContent = text("sidebar.owner");
  byId("period-label").textContent = text("sidebar.period");
  byId("generate").textContent = text("sidebar.generate");
  byId("periods-legend").textContent = text("sidebar.periods");
  periodPicker = new PeriodPicker("period", model.language, text);
  periodPicker.render();
  if (!periodsRestored && model.choices?.periods) periodPicker.set(model.choices.periods);
  periodsRestored = true;
  showPeriods();

  renderGroups("stages", model.groups.filter((group) => group.kind === "stage"));
  renderGroups("departments", model.groups.filter((group) => group.kind === "department"));
  renderKpis();
  byId("form").hidden = false;
  renderReportingSection(model, text);
  renderMappingSection(model, text);
}

const chosenLayout = () => (document.querySelector<HTMLInputElement>('input[name="layout"]:checked')?.value ?? "basic") as GenerateRequest["layout"];

/** Period columns belong to the full layout only. */
function showPeriods(): void {
  byId("periods").hidden = chosenLayout() !== "full";
}

function renderGroups(fieldsetId: string, groups: SidebarGroup[]): void {
  const fieldset = byId(fieldsetId);
  fieldset.querySelectorAll("label").forEach((label) => label.remove());
  for (const group of groups) {
    const box = element("input", { type: "checkbox", value: groupId(group) });
    box.checked = picked.has(groupId(group));
    box.addEventListener("change", () => {
      if (box.checked) picked.add(groupId(group));
      else picked.delete(groupId(group));
      renderKpis();
    });
    fieldset.append(element("label", {}, box, ` ${group.name}`));
  }
}

function renderKpis(): void {
  const lists = byId("kpi-lists");
  lists.replaceChildren();
  const groups = pickedGroups();
  byId("kpis").hidden = groups.length === 0;

  for (const group of groups) {
    const fieldset = element("fieldset", {}, element("legend", {}, group.name));
    if (group.keyQuestion) fieldset.append(element("p", { class: "question" }, group.keyQuestion));
    for (const kpi of group.kpis) {
      const box = element("input", { type: "checkbox", value: kpi.id, "aria-describedby": `desc-${kpi.id}` });
      box.checked = !unticked.has(kpi.id);
      box.addEventListener("change", () => {
        if (box.checked) unticked.delete(kpi.id);
        else unticked.add(kpi.id);
      });
      fieldset.append(
        element(
          "label",
          { class: "kpi" },
          box,
          ` ${kpi.id} · ${kpi.name}`,
          element("small", { id: `desc-${kpi.id}` }, `${kpi.perspectiveLabel} · ${kpi.description}`),
        ),
      );
    }
    lists.append(fieldset);
  }

  const names = freeSheetNames(model?.existingTabs ?? [], groups.map((group) => group.tabName));
  byId("preview").textContent = names.length ? `${text("sidebar.tab_name")}: ${names.join(", ")}` : text("sidebar.pick_group");
  byId<HTMLButtonElement>("generate").disabled = names.length === 0;
}

function pickedGroups(): SidebarGroup[] {
  return model ? model.groups.filter((group) => picked.has(groupId(group))) : [];
}

async function generate(event: Event): Promise<void> {
  event.preventDefault();
  if (!model) return;
  const groups = pickedGroups();
  const kpiIds = groups.flatMap((group) => group.kpis.map((kpi) => kpi.id)).filter((id) => !unticked.has(id));
  if (kpiIds.length === 0) {
    setStatus(text("request.no_kpis"), true);
    return;
  }
  const optional = (id: string) => byId<HTMLInputElement>(id).value.trim() || undefined;
  const request: GenerateRequest = {
    language: model.language,
    groups: groups.map((group) => ({ kind: group.kind, key: group.key })),
    kpiIds,
    layout: chosenLayout(),
    periods: chosenLayout() === "full" && periodPicker ? periodPicker.value() : undefined,
    objective: optional("objective"),
    owner: optional("owner"),
    period: optional("period"),
  };

  const button = byId<HTMLButtonElement>("generate");
  button.disabled = true;
  setStatus(text("sidebar.creating"));
  try {
    const response = await callServer("generateKpiTabs", request);
    model.existingTabs.push(...response.created.map((tab) => tab.name));
    renderKpis();
    const result = byId("result");
    result.replaceChildren(element("p", {}, text("sidebar.created")));
    for (const tab of response.created) {
      result.append(element("a", { href: tab.url, target: "_top" }, fill(text("sidebar.open_tab"), { tab: tab.name })));
    }
    setStatus("");
  } catch (error) {
    setStatus(fill(text("sidebar.error"), { message: failureMessage(error) }), true);
  } finally {
    button.disabled = false;
  }
}

byId("form").addEventListener("submit", (event) => void generate(event));
document.querySelectorAll<HTMLInputElement>('input[name="layout"]').forEach((radio) => radio.addEventListener("change", showPeriods));
byId<HTMLSelectElement>("language").addEventListener("change", (event) => {
  byId("result").replaceChildren();
  void load((event.target as HTMLSelectElement).value as Language);
});
showStartupTexts();
void load();
