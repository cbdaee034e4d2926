/** Labels the custom functions and the menu need, so they ship in Code.js. */
export const sharedMessagesEn = {
  "sheet.direction.higher": "Higher is better",
  "sheet.direction.lower": "Lower is better",
  "sheet.direction.target": "Closer to target is better",

  "menu.open_sidebar": "Create KPI tabs…",
  "menu.build_scorecard": "Build Balanced Scorecard",
  "menu.help": "Help",
} as const;
