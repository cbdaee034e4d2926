/** SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, recorded in the UiLog. */
import { Emulated, EnumValue } from "./facade";
import { ExecutionScope } from "./scope";
import { Button, ButtonSet, enumName } from "./enums";
import { failSignature, notEmulated } from "./errors";
import { MenuEntry, RecordedHtml } from "./ui-log";
import { HtmlOutput } from "./html";

export class Menu extends Emulated {
  readonly className = "Menu";
  private readonly entries: MenuEntry[] = [];

  constructor(
    private readonly scope: ExecutionScope,
    private readonly title: string,
    private readonly addon: boolean,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): Menu {
    if (typeof caption !== "string" || typeof functionName !== "string") failSignature("Menu", "addItem", [caption, functionName]);
    this.entries.push({ kind: "item", caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    this.entries.push({ kind: "separator" });
    return this;
  }

  addSubMenu(menu: unknown): Menu {
    if (!(menu instanceof Menu)) failSignature("Menu", "addSubMenu", [menu]);
    this.entries.push({ kind: "submenu", menu: menu.snapshot() });
    return this;
  }

  /** Shows the menu; a menu with the same title (or the add-on menu) replaces the earlier one. */
  addToUi(): void {
    const menus = this.scope.state.ui.menus;
    const index = menus.findIndex((menu) => menu.addon === this.addon && menu.title === this.title);
    const snapshot = this.snapshot();
    if (index >= 0) menus[index] = snapshot;
    else menus.push(snapshot);
  }

  private snapshot() {
    return { title: this.title, addon: this.addon, entries: [...this.entries] };
  }
}

export class Ui extends Emulated {
  readonly className = "Ui";
  override readonly constants = { Button, ButtonSet };

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  createAddonMenu(): Menu {
    return new Menu(this.scope, this.scope.options.addonName, true);
  }

  createMenu(caption: string): Menu {
    if (typeof caption !== "string") failSignature("Ui", "createMenu", [caption]);
    return new Menu(this.scope, caption, false);
  }

  showSidebar(userInterface: unknown): void {
    this.show("sidebar", userInterface, undefined, "showSidebar");
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.show("modal", userInterface, title, "showModalDialog");
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.show("modeless", userInterface, title, "showModelessDialog");
  }

  private show(kind: RecordedHtml["kind"], userInterface: unknown, title: string | undefined, method: string): void {
    if (!(userInterface instanceof HtmlOutput)) failSignature("Ui", method, [userInterface]);
    this.scope.state.ui.dialogs.push({
      kind,
      title: title ?? userInterface.getTitle(),
      content: userInterface.getContent(),
      width: userInterface.getWidth(),
      height: userInterface.getHeight(),
    });
  }

  /**
   * Records the alert and returns the next queued response (UiLog.alertResponses), else OK or YES.
   * The execution's locks are released, because a dialog suspends the script.
   * Accepts alert(prompt), alert(prompt, buttons) and alert(title, prompt, buttons).
   */
  alert(...args: unknown[]): EnumValue {
    let title: unknown = "";
    let prompt: unknown;
    let buttons: unknown = ButtonSet.value("OK");
    if (args.length === 1) [prompt] = args;
    else if (args.length === 2) [prompt, buttons] = args;
    else if (args.length === 3) [title, prompt, buttons] = args;
    else failSignature("Ui", "alert", args);
    const buttonSet = enumName(buttons);
    if (!(buttonSet in ButtonSet.constants)) failSignature("Ui", "alert", args);
    const log = this.scope.state.ui;
    log.alerts.push({ title: String(title), prompt: String(prompt), buttons: buttonSet });
    this.scope.locks.releaseAll(this.scope.execution.id);
    const queued = log.alertResponses.shift();
    if (queued) return Button.value(queued);
    return Button.value(buttonSet.startsWith("YES") ? "YES" : "OK");
  }

  prompt(): never {
    return notEmulated("Ui.prompt");
  }
}
