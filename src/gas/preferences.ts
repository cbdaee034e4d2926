import { parseStoredChoices, type SidebarChoices } from "../core/bridge/contract";

/** User property that stores the sidebar choices; Properties values may hold up to 9 KB. */
const CHOICES_KEY = "kpi_bsc.sidebar_choices";

export function loadChoices(): SidebarChoices | null {
  return parseStoredChoices(PropertiesService.getUserProperties().getProperty(CHOICES_KEY));
}

export function saveChoices(choices: SidebarChoices): void {
  PropertiesService.getUserProperties().setProperty(CHOICES_KEY, JSON.stringify(choices));
}
