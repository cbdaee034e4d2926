/** Records of what scripts showed to the user: menus, sidebars, dialogs, alerts and toasts. */

export type MenuEntry =
  | { readonly kind: "item"; readonly caption: string; readonly functionName: string }
  | { readonly kind: "separator" }
  | { readonly kind: "submenu"; readonly menu: RecordedMenu };

export interface RecordedMenu {
  /** The menu's title; the add-on menu's title is the add-on's name. */
  readonly title: string;
  readonly addon: boolean;
  readonly entries: readonly MenuEntry[];
}

export interface RecordedHtml {
  readonly kind: "sidebar" | "modal" | "modeless";
  readonly title: string;
  readonly content: string;
  readonly width?: number;
  readonly height?: number;
}

export interface RecordedAlert {
  readonly title: string;
  readonly prompt: string;
  /** The ButtonSet name, such as "OK" or "YES_NO". */
  readonly buttons: string;
}

export interface RecordedToast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

export class UiLog {
  readonly menus: RecordedMenu[] = [];
  readonly dialogs: RecordedHtml[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly toasts: RecordedToast[] = [];
  /**
   * Buttons the next alerts return, by name ("YES", "NO", "CANCEL", "OK", "CLOSE"). When empty, an
   * alert returns OK for the OK and OK_CANCEL sets and YES for the YES_NO sets.
   */
  readonly alertResponses: string[] = [];

  get sidebars(): RecordedHtml[] {
    return this.dialogs.filter((dialog) => dialog.kind === "sidebar");
  }

  /** Lists every menu item as [caption, functionName], submenus flattened, in display order. */
  menuItems(): [string, string][] {
    const items: [string, string][] = [];
    const visit = (menu: RecordedMenu) => {
      for (const entry of menu.entries) {
        if (entry.kind === "item") items.push([entry.caption, entry.functionName]);
        if (entry.kind === "submenu") visit(entry.menu);
      }
    };
    this.menus.forEach(visit);
    return items;
  }

  clear(): void {
    this.menus.length = 0;
    this.dialogs.length = 0;
    this.alerts.length = 0;
    this.toasts.length = 0;
    this.alertResponses.length = 0;
  }
}
