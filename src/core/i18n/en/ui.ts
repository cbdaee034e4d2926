/** Menus, sidebar and dialogs. */
export const uiMessagesEn = {
  "help.title": "KPI & Balanced Scorecard",
  "help.body":
    "1. Create KPI tabs… opens a sidebar: pick a growth stage or a department and the add-on creates a KPI tab that follows the 12 steps of building KPIs.\n" +
    "2. Fill in the threshold, target and actual of each KPI. Score, status and variance are formulas.\n" +
    "3. Build Balanced Scorecard reads every KPI tab, including your own tabs with KPI, Actual and Target columns, and writes the summary tab.\n" +
    "Formulas you can type: KPI_SCORE, CHURN_RATE, LTV_CAC, BURN_RATE.",

  "scorecard.built": "Balanced Scorecard updated in \"{tab}\": overall {score}, {kpis} KPIs from {tabs} tabs.",
  "scorecard.built_no_score": "Balanced Scorecard updated in \"{tab}\": no KPI has data yet ({kpis} KPIs from {tabs} tabs).",
  "scorecard.busy": "Another build or KPI tab creation is running in this spreadsheet. Wait a moment and try again.",
  "scorecard.failed": "The scorecard could not be built: {message}. The previous summary tab was left unchanged.",

  "sidebar.title": "KPI & BSC",
  "sidebar.language": "Language",
  "sidebar.stages": "Growth stages",
  "sidebar.departments": "Departments",
  "sidebar.pick_group": "Pick a stage or a department",
  "sidebar.kpis": "KPIs to include",
  "sidebar.layout": "Layout",
  "sidebar.layout.basic": "Basic (the 4 basic steps)",
  "sidebar.layout.full": "Full (all 12 steps)",
  "sidebar.objective": "Strategic objective",
  "sidebar.owner": "Owner",
  "sidebar.period": "Period",
  "sidebar.tab_name": "New tab",
  "sidebar.generate": "Create KPI tab",
  "sidebar.working": "Creating the tab…",
  "sidebar.created": "Created:",
  "sidebar.open_tab": "Open {tab}",
  "sidebar.loading": "Loading…",
  "sidebar.error": "Something went wrong: {message}",

  "sidebar.mapping.title": "Tables the scorecard skipped",
  "sidebar.mapping.load": "Show skipped tables",
  "sidebar.mapping.none": "The scorecard reads every table in this spreadsheet.",
  "sidebar.mapping.map": "Map the columns of {tab}",
  "sidebar.mapping.mapped": "Mapped by hand",
  "sidebar.mapping.header_row": "Header row",
  "sidebar.mapping.not_used": "— not used —",
  "sidebar.mapping.tab_perspective": "Perspective of every KPI in this tab",
  "sidebar.mapping.from_column": "From a column, or unassigned",
  "sidebar.mapping.preview": "First rows of the table",
  "sidebar.mapping.save": "Save the mapping",
  "sidebar.mapping.saved": "Saved. The next build reads {count} KPIs from {tab}.",
  "sidebar.mapping.column": "Column {letter}: {header}",

  "request.mapping_incomplete": "Pick the columns that hold the KPI name, the actual and the target (missing: {missing}).",
  "request.mapping_duplicate": "Column {column} is picked for two fields. Pick a different column for each field.",
  "request.mapping_outside": "Column {column} is outside the table, which has {columns} columns. Reload the list and pick again.",
  "request.unknown_tab": "That tab no longer exists, or belongs to the add-on. Reload the list of skipped tables.",

  "request.invalid": "The request is invalid ({issues}). Reload the sidebar and try again.",
  "request.unknown_group": "There is no stage or department \"{key}\". Reload the sidebar and pick again.",
  "request.no_kpis": "No KPI is ticked. Tick at least one KPI to create a tab.",
  "request.unknown_kpi": "KPI {id} is not in the catalog of {group}. Reload the sidebar and tick the KPIs again.",
  "catalog.invalid": "The KPI catalog bundled with the add-on is invalid ({issues}). Reinstall or update the add-on.",
} as const;
