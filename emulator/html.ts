/** HtmlService: HTML outputs from strings or from files in the HTML folder, templates without scriptlets. */
import * as fs from "node:fs";
import * as path from "node:path";
import { Emulated } from "./facade";
import { ExecutionScope } from "./scope";
import { SandboxMode, XFrameOptionsMode, enumName } from "./enums";
import { fail, failSignature, notEmulated } from "./errors";

export class HtmlOutput extends Emulated {
  readonly className = "HtmlOutput";
  private title = "";
  private width?: number;
  private height?: number;
  // Kept so the settings are visible when debugging; Apps Script has no getters for the two modes.
  private readonly metaTags: { name: string; content: string }[] = [];
  private sandboxMode = "IFRAME";
  private xFrameOptionsMode = "DEFAULT";

  constructor(private content: string) {
    super();
  }

  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += String(addedContent).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this;
  }
  getWidth(): number | undefined {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    if (typeof width !== "number") failSignature("HtmlOutput", "setWidth", [width]);
    this.width = width;
    return this;
  }
  getHeight(): number | undefined {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    if (typeof height !== "number") failSignature("HtmlOutput", "setHeight", [height]);
    this.height = height;
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  /** Stores the mode, which Apps Script ignores because every output now runs in IFRAME mode. */
  setSandboxMode(mode: unknown): HtmlOutput {
    this.sandboxMode = enumName(mode);
    return this;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    this.xFrameOptionsMode = enumName(mode);
    return this;
  }
}

export class HtmlTemplate extends Emulated {
  readonly className = "HtmlTemplate";
  override readonly acceptsAssignedProperties = true;
  override readonly assignedProperties: Record<string, unknown> = {};

  constructor(private readonly source: string) {
    super();
  }

  getRawContent(): string {
    return this.source;
  }

  /** Returns the page as an HtmlOutput; scriptlets (<? ?>) are not emulated and throw. */
  evaluate(): HtmlOutput {
    if (this.source.includes("<?")) notEmulated("HtmlTemplate.evaluate with scriptlets (<? ?>)");
    return new HtmlOutput(this.source);
  }
}

export class HtmlService extends Emulated {
  readonly className = "HtmlService";
  override readonly constants = { SandboxMode, XFrameOptionsMode };

  constructor(private readonly scope: ExecutionScope) {
    super();
  }

  createHtmlOutput(html?: string): HtmlOutput {
    return new HtmlOutput(html === undefined ? "" : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this.readFile(filename, "createHtmlOutputFromFile"));
  }

  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(String(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this.readFile(filename, "createTemplateFromFile"));
  }

  private readFile(filename: unknown, method: string): string {
    if (typeof filename !== "string") failSignature("HtmlService", method, [filename]);
    const file = path.join(this.scope.options.htmlDir, filename.endsWith(".html") ? filename : `${filename}.html`);
    if (!fs.existsSync(file)) fail(`No HTML file named ${filename} was found.`);
    return fs.readFileSync(file, "utf8");
  }
}
