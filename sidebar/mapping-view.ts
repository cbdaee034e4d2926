import type { MappingRequest, SidebarModel, SkippedTable } from "../src/core/bridge/contract";
import { PERSPECTIVES } from "../src/core/catalog/vocabulary";
import { columnLetters } from "../src/core/plan/a1";
import { MAPPABLE_COLUMNS, type MappableColumn } from "../src/core/scorecard/read-table";
import { callServer, failureMessage } from "./bridge";
import { byId, element, fill } from "./dom";

type Text = (key: string) => string;

/** Sidebar label of each mappable field: the KPI tab's own header for it. */
const FIELD_LABELS: Readonly<Record<MappableColumn, string>> = {
  name: "sheet.header.name",
  actual: "sheet.header.actual",
  target: "sheet.header.target",
  threshold: "sheet.header.threshold",
  direction: "sheet.header.direction",
  weight: "sheet.header.weight",
  perspective: "sheet.header.perspective",
  id: "sheet.header.id",
};

const PREVIEW_ROW_COUNT = 5;

/** Shows the section of tables the scorecard cannot read, and the forms that choose their columns. */
export function renderMappingSection(model: SidebarModel, text: Text): void {
  byId("mapping").hidden = false;
  byId("mapping-heading").textContent = text("sidebar.mapping.title");
  const button = byId<HTMLButtonElement>("mapping-load");
  button.textContent = text("sidebar.mapping.load");
  button.onclick = () => void loadTables(model, text);
}

function setMappingStatus(message: string, isError = false): void {
  const status = byId("mapping-status");
  status.textContent = message;
  status.classList.toggle("error", isError);
}

async function loadTables(model: SidebarModel, text: Text): Promise<void> {
  setMappingStatus(text("sidebar.loading"));
  const list = byId("mapping-tables");
  list.replaceChildren();
  try {
    const { tables } = await callServer("getSkippedTables", { language: model.language });
    setMappingStatus(tables.length === 0 ? text("sidebar.mapping.none") : "");
    for (const table of tables) list.append(tableCard(model, table, text));
  } catch (error) {
    setMappingStatus(fill(text("sidebar.error"), { message: failureMessage(error) }), true);
  }
}

function tableCard(model: SidebarModel, table: SkippedTable, text: Text): HTMLElement {
  const card = element("article", { class: "table-card" }, element("h3", {}, table.name));
  if (table.reason) card.append(element("p", { class: "reason" }, table.reason));
  if (table.mapping) card.append(element("p", { class: "badge" }, text("sidebar.mapping.mapped")));
  const open = element("button", { type: "button", class: "secondary" }, fill(text("sidebar.mapping.map"), { tab: table.name }));
  open.addEventListener("click", () => {
    open.remove();
    card.append(mappingForm(model, table, text));
  });
  card.append(open);
  return card;
}

/** Wraps a control in a field whose label names only the control, not the options inside it. */
function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return element("div", { class: "mapping-field" }, element("label", { for: id }, label), control);
}

function mappingForm(model: SidebarModel, table: SkippedTable, text: Text): HTMLElement {
  const form = element("form", { class: "mapping-form" });
  const prefix = `map-${table.sheetId}`;
  const headerRow = element("select", { "data-field": "header-row" });
  const maxHeaderRow = Math.min(table.rows.length, 20);
  for (let row = 1; row <= maxHeaderRow; row++) headerRow.append(element("option", { value: String(row) }, String(row)));
  headerRow.value = String(table.suggestedHeaderRow);
  form.append(field(`${prefix}-header-row`, text("sidebar.mapping.header_row"), headerRow));

  const fields = element("div");
  const preview = element("div");
  form.append(fields);

  const perspective = element("select", { "data-field": "tab-perspective" }, element("option", { value: "" }, text("sidebar.mapping.from_column")));
  for (const key of PERSPECTIVES) perspective.append(element("option", { value: key }, text(`sheet.perspective.${key}`)));
  perspective.value = table.mapping?.perspective ?? "";
  form.append(field(`${prefix}-tab-perspective`, text("sidebar.mapping.tab_perspective"), perspective));
  form.append(element("p", { class: "field" }, text("sidebar.mapping.preview")), preview);

  const drawColumns = () => {
    const row = Number(headerRow.value);
    const headers = table.rows[row - 1] ?? [];
    fields.replaceChildren();
    for (const key of MAPPABLE_COLUMNS) {
      const select = element("select", { "data-field": key }, element("option", { value: "" }, text("sidebar.mapping.not_used")));
      headers.forEach((header, index) => {
        select.append(element("option", { value: String(index + 1) }, fill(text("sidebar.mapping.column"), { letter: columnLetters(index + 1), header })));
      });
      const saved = table.mapping?.headerRow === row ? table.mapping.columns[key] : undefined;
      if (saved) select.value = String(saved.index);
      fields.append(field(`${prefix}-${key}`, text(FIELD_LABELS[key]), select));
    }
    preview.replaceChildren(previewTable(table.rows.slice(row - 1, row + PREVIEW_ROW_COUNT)));
  };
  headerRow.addEventListener("change", drawColumns);
  drawColumns();

  const save = element("button", { type: "submit" }, text("sidebar.mapping.save"));
  form.append(save);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const columns: MappingRequest["columns"] = {};
    for (const key of MAPPABLE_COLUMNS) {
      const value = form.querySelector<HTMLSelectElement>(`select[data-field="${key}"]`)?.value ?? "";
      if (value !== "") columns[key] = Number(value);
    }
    const request: MappingRequest = {
      language: model.language,
      sheetId: table.sheetId,
      headerRow: Number(headerRow.value),
      columns,
      perspective: (perspective.value || undefined) as MappingRequest["perspective"],
    };
    void saveMapping(request, save, text);
  });
  return form;
}

async function saveMapping(request: MappingRequest, button: HTMLButtonElement, text: Text): Promise<void> {
  button.disabled = true;
  setMappingStatus(text("sidebar.saving"));
  try {
    const response = await callServer("saveColumnMapping", request);
    setMappingStatus(response.message);
  } catch (error) {
    setMappingStatus(fill(text("sidebar.error"), { message: failureMessage(error) }), true);
  } finally {
    button.disabled = false;
  }
}

// Cell text goes in as text nodes, so whatever a user typed shows character for character.
function previewTable(rows: readonly (readonly string[])[]): HTMLElement {
  const body = element("tbody");
  for (const row of rows) body.append(element("tr", {}, ...row.map((cell) => element("td", { title: cell }, cell))));
  return element("table", { class: "preview-table" }, body);
}
